import CTGCore
import Fluent
import SQLKit

/// Every territory-scoped address starts with the territory's slug (issue 8 §5).
/// Existing territories get one from their name, made unique in id order.
struct AddTerritorySlug: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("territories").field("slug", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        struct Row: Decodable { var id: Int; var name: String }
        let rows = try await sql.select().column("id").column("name").from("territories")
            .orderBy("id").all(decoding: Row.self)
        var taken: Set<String> = []
        for row in rows {
            let slug = TerritorySlug.unique(from: row.name, taken: taken)
            taken.insert(slug)
            try await sql.update("territories").set("slug", to: slug).where("id", .equal, row.id).run()
        }
        try await sql.create(index: "territories_slug_key").unique().on("territories").column("slug").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "territories_slug_key").run()
        }
        try await database.schema("territories").deleteField("slug").update()
    }
}
