import Fluent

struct CreateSousActionStatuses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sous_action_statuses")
            .field(.id, .int, .identifier(auto: true))
            .field("sous_action_id", .int, .required, .references("sous_actions", .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("status", .string, .required)
            .field("comment", .string)
            .field("recorded_on", .string, .required)
            .field("author_id", .int)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sous_action_statuses").delete()
    }
}
