import Fluent
import SQLKit

/// French search (issue 13 §3): one row per fiche and per sous-action, its words reduced by
/// CTGCore `FrenchSearchText`, searched with each engine's own full-text index: an FTS5 table
/// kept in step by triggers on SQLite, a GIN `tsvector` index (`french`) on PostgreSQL.
struct CreatePlanSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_search_rows")
            .field(.id, .int, .identifier(auto: true))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .cascade))
            .field("action_id", .int, .required, .references("actions", .id, onDelete: .cascade))
            .field("sous_action_id", .int, .references("sous_actions", .id, onDelete: .cascade))
            .field("body", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // A write re-indexes one fiche (action_id) or one convention (convention_id).
        try await sql.create(index: "plan_search_rows_convention_idx").on("plan_search_rows").column("convention_id").run()
        try await sql.create(index: "plan_search_rows_action_idx").on("plan_search_rows").column("action_id").run()
        try await sql.create(index: "plan_search_rows_sous_action_idx").on("plan_search_rows").column("sous_action_id").run()
        if sql.dialect.name == "sqlite" {
            // The body is already folded by FrenchSearchText; unicode61 with diacritics removed
            // keeps a typed accent from mattering even if a key slipped through unfolded.
            try await sql.raw("""
                CREATE VIRTUAL TABLE plan_search_fts USING fts5(body, content='plan_search_rows', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2')
                """).run()
            try await sql.raw("""
                CREATE TRIGGER plan_search_rows_ai AFTER INSERT ON plan_search_rows BEGIN
                INSERT INTO plan_search_fts(rowid, body) VALUES (new.id, new.body); END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER plan_search_rows_ad AFTER DELETE ON plan_search_rows BEGIN
                INSERT INTO plan_search_fts(plan_search_fts, rowid, body) VALUES ('delete', old.id, old.body); END
                """).run()
            try await sql.raw("""
                CREATE TRIGGER plan_search_rows_au AFTER UPDATE ON plan_search_rows BEGIN
                INSERT INTO plan_search_fts(plan_search_fts, rowid, body) VALUES ('delete', old.id, old.body);
                INSERT INTO plan_search_fts(rowid, body) VALUES (new.id, new.body); END
                """).run()
        } else if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE INDEX plan_search_rows_body_idx ON plan_search_rows USING GIN (to_tsvector('french', body))
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" {
            try await sql.raw("DROP TABLE IF EXISTS plan_search_fts").run()
        }
        try await database.schema("plan_search_rows").delete()
    }
}
