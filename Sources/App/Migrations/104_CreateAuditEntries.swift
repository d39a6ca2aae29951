import Fluent
import SQLKit

struct CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .field(.id, .int, .identifier(auto: true))
            .field("created_at", .datetime, .required)
            // The user row may go; the e-mail snapshot keeps the journal readable.
            .field("user_id", .int, .references("users", .id, onDelete: .setNull))
            .field("user_email", .string, .required)
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("convention_id", .int, .references("conventions", .id, onDelete: .setNull))
            .field("entity", .string, .required)
            .field("entity_id", .int)
            .field("action_code", .string)
            .field("field", .string)
            .field("value_before", .string)
            .field("value_after", .string)
            .field("summary", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "audit_entries_territory_idx").on("audit_entries").column("territory_id").column("created_at").run()
        try await sql.create(index: "audit_entries_fiche_idx").on("audit_entries").column("convention_id").column("action_code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}
