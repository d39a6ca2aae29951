import Fluent

struct CreateExpectedResults: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("expected_results")
            .field(.id, .int, .identifier(auto: true))
            .field("action_id", .int, .required, .references("actions", .id, onDelete: .cascade))
            .field("text", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("expected_results").delete()
    }
}
