import Fluent
import FluentSQL
import SQLKit

/// The photo of an item of the shared pool (fiche 1-1-2-C's inventory): at most one per item,
/// its bytes in the DocumentStore, its alt text here.
struct CreateEquipmentPhotos: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("equipment_photos")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("item_id", .int, .required, .references("equipment_items", .id, onDelete: .cascade))
            .field("stored_name", .string, .required)
            .field("content_type", .string, .required)
            .field("alt_text", .string, .required)
            .field("size", .int, .required)
            .field("uploaded_at", .datetime, .required)
            // One photo per item: a replacement updates the row, two uploads at once cannot both add one.
            .unique(on: "item_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "equipment_photos_territory_idx").on("equipment_photos").column("territory_id").run()
        try await ContentVersionTriggers.install(on: sql, tables: ["equipment_photos"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("equipment_photos").delete()
    }
}
