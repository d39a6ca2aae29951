import Fluent

struct CreateDeliberations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("deliberations")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("convention_id", .int, .references("conventions", .id, onDelete: .setNull))
            .field("number", .string, .required)
            .field("actes_id", .string)
            .field("subject", .string, .required)
            .field("session_date", .string)
            .field("session_time", .string)
            .field("convoked_on", .string)
            .field("place", .string)
            .field("president", .string)
            .field("secretary", .string)
            .field("members_in_office", .int)
            .field("present_count", .int)
            .field("voters_count", .int)
            .field("unanimous", .bool, .required)
            .field("received_on", .string)
            .field("published_on", .string)
            .field("body", .string)
            .unique(on: "territory_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("deliberations").delete()
    }
}
