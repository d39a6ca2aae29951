import Fluent
import SQLKit

/// Avenants to a convention (issue 13 §2): date of signature, approving deliberation, what changed.
struct CreateAvenants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("avenants")
            .field(.id, .int, .identifier(auto: true))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .cascade))
            .field("signed_on", .string, .required)
            .field("deliberation", .string)
            .field("changes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("created_by", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The convention's avenants are listed by date of signature.
        try await sql.create(index: "avenants_convention_signed_idx").on("avenants")
            .column("convention_id").column("signed_on").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("avenants").delete()
    }
}
