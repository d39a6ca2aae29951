import Fluent

struct CreateSousActionFunders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sous_action_funders")
            .field(.id, .int, .identifier(auto: true))
            .field("sous_action_id", .int, .required, .references("sous_actions", .id, onDelete: .cascade))
            .field("organisation_id", .int, .references("organisations", .id, onDelete: .setNull))
            .field("label", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sous_action_funders").delete()
    }
}
