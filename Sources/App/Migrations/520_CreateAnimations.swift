import Fluent
import SQLKit

/// Animations of a territory (issue 10).
struct CreateAnimations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("animations")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("organisation_id", .int, .required, .references("organisations", .id, onDelete: .cascade))
            .field("structure_id", .int, .references("structures", .id, onDelete: .setNull))
            .field("series_id", .int)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("place", .string, .required)
            .field("commune", .string, .required)
            .field("audience", .string, .required)
            .field("theme", .string, .required)
            .field("capacity", .int, .required)
            .field("asks_children_ages", .bool, .required)
            .field("cancelled_at", .datetime)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .constraint(.sql(raw: "CHECK (capacity >= 0)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The agenda lists a territory's animations by date; the back office by organiser.
        try await sql.create(index: "animations_territory_start_idx").on("animations").column("territory_id").column("starts_at").run()
        try await sql.create(index: "animations_organisation_idx").on("animations").column("organisation_id").run()
        try await sql.create(index: "animations_structure_idx").on("animations").column("structure_id").run()
        try await sql.create(index: "animations_series_idx").on("animations").column("series_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("animations").delete()
    }
}
