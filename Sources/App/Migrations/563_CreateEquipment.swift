import Fluent
import FluentSQL
import SQLKit

/// The shared equipment pool (issue 11 §2, fiche 1-1-2-C): items owned by a structure, their
/// bookings (never overlapping for one item: see `EquipmentBooking.book`) and their hand-overs.
struct CreateEquipment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("equipment_items")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("owner_id", .int, .required, .references("structures", .id, onDelete: .cascade))
            .field("holder_id", .int, .references("structures", .id, onDelete: .setNull))
            .field("name", .string, .required)
            .field("category", .string, .required)
            .field("condition", .string, .required)
            .create()
        try await database.schema("equipment_bookings")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("item_id", .int, .required, .references("equipment_items", .id, onDelete: .cascade))
            .field("structure_id", .int, .required, .references("structures", .id, onDelete: .cascade))
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("handed_over_at", .datetime)
            .constraint(.sql(raw: "CHECK (first_day <= last_day)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "equipment_items_territory_idx").on("equipment_items").column("territory_id").column("name").run()
        try await sql.create(index: "equipment_items_owner_idx").on("equipment_items").column("owner_id").run()
        try await sql.create(index: "equipment_items_holder_idx").on("equipment_items").column("holder_id").run()
        try await sql.create(index: "equipment_bookings_item_idx").on("equipment_bookings").column("item_id").column("first_day").run()
        try await sql.create(index: "equipment_bookings_structure_idx").on("equipment_bookings").column("structure_id").run()
        try await sql.create(index: "equipment_bookings_territory_idx").on("equipment_bookings").column("territory_id").column("first_day").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("equipment_bookings").delete()
        try await database.schema("equipment_items").delete()
    }
}
