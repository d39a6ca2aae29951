import Fluent

struct CreateIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicators")
            .field(.id, .int, .identifier(auto: true))
            .field("action_id", .int, .required, .references("actions", .id, onDelete: .cascade))
            .field("label", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicators").delete()
    }
}
