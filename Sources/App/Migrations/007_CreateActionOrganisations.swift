import Fluent

struct CreateActionOrganisations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("action_organisations")
            .field(.id, .int, .identifier(auto: true))
            .field("action_id", .int, .required, .references("actions", .id, onDelete: .cascade))
            .field("organisation_id", .int, .references("organisations", .id, onDelete: .setNull))
            .field("role", .string, .required)
            .field("label", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("action_organisations").delete()
    }
}
