import Fluent

struct CreateTerritories: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("territories")
            .field(.id, .int, .identifier(auto: true))
            .field("name", .string, .required)
            .field("siren", .string, .required)
            .field("departement", .string, .required)
            .field("kind", .string, .required)
            .unique(on: "siren")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("territories").delete()
    }
}
