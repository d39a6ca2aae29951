import Fluent

struct CreateObjectifs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("objectifs")
            .field(.id, .int, .identifier(auto: true))
            .field("axe_id", .int, .required, .references("axes", .id, onDelete: .cascade))
            .field("number", .int, .required)
            .field("title", .string, .required)
            .unique(on: "axe_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("objectifs").delete()
    }
}
