import Fluent

/// The outline's wording of an axe or objectif, kept when it differs from the fiches'.
struct AddOutlineTitles: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("axes").field("outline_title", .string).update()
        try await database.schema("objectifs").field("outline_title", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("axes").deleteField("outline_title").update()
        try await database.schema("objectifs").deleteField("outline_title").update()
    }
}
