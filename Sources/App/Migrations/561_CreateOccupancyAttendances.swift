import Fluent
import FluentSQL
import SQLKit

/// Attendance rows of a structure (issue 11), with the day split into year, month and
/// weekday so the monthly summary of one month is recomputed from an index range.
struct CreateOccupancyAttendances: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("occupancy_attendances")
            .field(.id, .int, .identifier(auto: true))
            .field("structure_id", .int, .required, .references("structures", .id, onDelete: .cascade))
            .field("day", .string, .required)
            .field("year", .int, .required)
            .field("month", .int, .required)
            .field("weekday", .int, .required)
            .field("child", .string, .required)
            .field("arrival_minute", .int, .required)
            .field("departure_minute", .int, .required)
            .field("billed_minutes", .int, .required)
            .constraint(.sql(raw: "CHECK (arrival_minute < departure_minute AND billed_minutes >= 0)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "occupancy_attendances_month_idx").on("occupancy_attendances")
            .column("structure_id").column("year").column("month").run()
        try await sql.create(index: "occupancy_attendances_day_idx").on("occupancy_attendances")
            .column("structure_id").column("day").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("occupancy_attendances").delete()
    }
}
