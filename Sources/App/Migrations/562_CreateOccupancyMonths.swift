import Fluent
import FluentSQL
import SQLKit

/// The monthly summary kept up to date in the transaction that writes attendance (issue 11):
/// minutes per structure, month and weekday (0 = monthly hours declared without a day
/// breakdown). The territory's occupancy reads these rows only, never the history.
struct CreateOccupancyMonths: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("occupancy_months")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("structure_id", .int, .required, .references("structures", .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("month", .int, .required)
            .field("weekday", .int, .required)
            .field("realised_minutes", .int, .required)
            .field("billed_minutes", .int, .required)
            .unique(on: "structure_id", "year", "month", "weekday")
            .constraint(.sql(raw: "CHECK (realised_minutes >= 0 AND billed_minutes >= 0 AND weekday BETWEEN 0 AND 7)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "occupancy_months_territory_idx").on("occupancy_months")
            .column("territory_id").column("year").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("occupancy_months").delete()
    }
}
