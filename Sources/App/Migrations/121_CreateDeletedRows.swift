import Fluent
import SQLKit

/// The rows a deletion removed, as JSON, next to the journal entry that records the
/// deletion: the coordinateur can bring them back from the journal.
struct CreateDeletedRows: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("deleted_rows")
            .field(.id, .int, .identifier(auto: true))
            .field("audit_entry_id", .int, .required, .references("audit_entries", .id, onDelete: .cascade))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("payload", .string, .required)
            // Set once, by the restoration: a row comes back at most once.
            .field("restored_at", .datetime)
            .unique(on: "audit_entry_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "deleted_rows_territory_idx").on("deleted_rows").column("territory_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("deleted_rows").delete()
    }
}
