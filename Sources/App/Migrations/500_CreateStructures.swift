import Fluent
import SQLKit

/// The structures shared by the guichet and the petite enfance services (issues 10 and 11).
struct CreateStructures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("structures")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("organisation_id", .int, .references("organisations", .id, onDelete: .setNull))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("commune", .string, .required)
            .field("address", .string, .required)
            .field("min_age_months", .int)
            .field("max_age_months", .int)
            .field("opening_hours", .string, .required)
            .field("places", .int)
            .field("phone", .string, .required)
            .field("email", .string, .required)
            .field("website", .string, .required)
            .field("description", .string, .required)
            .field("is_demo", .bool, .required)
            .field("updated_at", .datetime)
            .unique(on: "territory_id", "name")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The directory filters a territory's structures by kind and commune.
        try await sql.create(index: "structures_territory_kind_idx").on("structures").column("territory_id").column("kind").run()
        try await sql.create(index: "structures_organisation_idx").on("structures").column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("structures").delete()
    }
}
