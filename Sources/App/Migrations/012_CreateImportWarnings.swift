import Fluent

struct CreateImportWarnings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_warnings")
            .field(.id, .int, .identifier(auto: true))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .cascade))
            .field("action_code", .string)
            .field("message", .string, .required)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("import_warnings").delete()
    }
}
