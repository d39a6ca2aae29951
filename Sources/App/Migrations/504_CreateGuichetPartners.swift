import Fluent
import SQLKit

/// A territory's own partner resources shown in the Parents and Jeunes spaces (issue 10): data,
/// beside the national ones that CTGCore knows.
struct CreateGuichetPartners: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("guichet_partners")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("space", .string, .required)
            .field("name", .string, .required)
            .field("description", .string, .required)
            .field("url", .string, .required)
            .field("is_demo", .bool, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "guichet_partners_space_idx").on("guichet_partners").column("territory_id").column("space").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("guichet_partners").delete()
    }
}
