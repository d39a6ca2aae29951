import Fluent

struct CreateActions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("actions")
            .field(.id, .int, .identifier(auto: true))
            .field("objectif_id", .int, .required, .references("objectifs", .id, onDelete: .cascade))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .cascade))
            .field("code", .string, .required)
            .field("title", .string, .required)
            .field("outline_title", .string)
            .field("diagnostic", .string)
            .field("audience", .string)
            .unique(on: "convention_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("actions").delete()
    }
}
