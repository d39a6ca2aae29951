import Fluent

struct CreateConventions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("conventions")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("caf_name", .string, .required)
            .field("signatories", .string, .required)
            .field("start_year", .int, .required)
            .field("end_year", .int, .required)
            .field("source_hash", .string, .required)
            .field("source_name", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("conventions").delete()
    }
}
