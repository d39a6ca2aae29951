import Fluent
import FluentSQL
import SQLKit

/// Agrément of a structure (issue 11): its slots (places by weekday and time) and closures.
/// The database refuses places ≤ 0 and empty slots even if a future form forgets to.
struct CreateOccupancyAgrements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("occupancy_slots")
            .field(.id, .int, .identifier(auto: true))
            .field("structure_id", .int, .required, .references("structures", .id, onDelete: .cascade))
            .field("weekday", .int, .required)
            .field("start_minute", .int, .required)
            .field("end_minute", .int, .required)
            .field("places", .int, .required)
            .constraint(.sql(raw: "CHECK (places > 0 AND start_minute < end_minute AND weekday BETWEEN 1 AND 7)"))
            .create()
        try await database.schema("occupancy_closures")
            .field(.id, .int, .identifier(auto: true))
            .field("structure_id", .int, .required, .references("structures", .id, onDelete: .cascade))
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("label", .string, .required)
            .constraint(.sql(raw: "CHECK (first_day <= last_day)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "occupancy_slots_structure_idx").on("occupancy_slots").column("structure_id").run()
        try await sql.create(index: "occupancy_closures_structure_idx").on("occupancy_closures").column("structure_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("occupancy_closures").delete()
        try await database.schema("occupancy_slots").delete()
    }
}
