import Fluent
import SQLKit

/// Every page reads the latest status per (sous-action, year); the index keeps
/// that fast once years of entries pile up. Plain SQL: Fluent's schema builder
/// has no index API, and this statement is the same on SQLite and PostgreSQL.
struct IndexSousActionStatuses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX IF NOT EXISTS sous_action_statuses_by_sous_action_year ON sous_action_statuses (sous_action_id, year)").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX IF EXISTS sous_action_statuses_by_sous_action_year").run()
    }
}
