import Fluent

struct CreateAxes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("axes")
            .field(.id, .int, .identifier(auto: true))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .cascade))
            .field("number", .int, .required)
            .field("title", .string)
            .unique(on: "convention_id", "number")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("axes").delete()
    }
}
