import Fluent

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .field(.id, .int, .identifier(auto: true))
            // Stored lowercased, so the unique constraint is case-insensitive in effect.
            .field("email", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            // Set to null rather than blocking a re-import: a référent without organisation edits nothing.
            .field("organisation_id", .int, .references("organisations", .id, onDelete: .setNull))
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}
