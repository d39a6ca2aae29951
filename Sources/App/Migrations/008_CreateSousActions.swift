import Fluent

struct CreateSousActions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sous_actions")
            .field(.id, .int, .identifier(auto: true))
            .field("action_id", .int, .required, .references("actions", .id, onDelete: .cascade))
            .field("code", .string)
            .field("title", .string, .required)
            .field("outline_title", .string)
            .field("years", .string, .required)
            .field("staff", .string)
            .field("position", .int, .required)
            .unique(on: "action_id", "position")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sous_actions").delete()
    }
}
