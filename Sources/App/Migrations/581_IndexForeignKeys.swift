import Fluent
import SQLKit

/// Issue 9: PostgreSQL indexes no foreign key by itself, so every page's `WHERE parent_id IN (…)`
/// read whole tables holding all territories' rows. Each key that no unique constraint or earlier
/// index already leads gets its index (`ForeignKeyIndexTests` checks none is left out); the hot
/// lookups of the pages (a territory's conventions, a fiche's rows) are among them.
struct IndexForeignKeys: AsyncMigration {
    static let columns: [(table: String, column: String)] = [
        ("conventions", "territory_id"),
        ("actions", "objectif_id"),
        ("action_organisations", "action_id"),
        ("sous_action_funders", "sous_action_id"),
        ("indicators", "action_id"),
        ("expected_results", "action_id"),
        ("deliberations", "convention_id"),
        ("attendances", "deliberation_id"),
        ("plan_snapshots", "convention_id"),
        ("users", "territory_id"),
        ("audit_entries", "user_id"),
        ("council_members", "territory_id"),
        ("council_members", "titulaire_id"),
        ("seances", "territory_id"),
        ("seance_attendances", "seance_id"),
        ("seance_attendances", "member_id"),
        ("indicator_measurements", "indicator_id"),
        ("expected_result_assessments", "expected_result_id"),
    ]

    static func name(_ table: String, _ column: String) -> String { "\(table)_\(column)_fk_idx" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (table, column) in Self.columns {
            try await sql.create(index: SQLIdentifier(Self.name(table, column))).on(table).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (table, column) in Self.columns {
            try await sql.drop(index: SQLIdentifier(Self.name(table, column))).run()
        }
    }
}
