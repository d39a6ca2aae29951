import Fluent

/// Per-territory facts the register needs and the document does not give:
/// the official name and SIRET for open data, the prefecture's code, the tax regime.
struct CreateRegisterSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("register_settings")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("official_name", .string)
            .field("siret", .string)
            .field("pref_id", .string)
            .field("own_taxation", .bool, .required)
            .unique(on: "territory_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("register_settings").delete()
    }
}
