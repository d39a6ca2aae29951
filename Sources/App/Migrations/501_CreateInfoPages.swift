import Fluent
import SQLKit

/// The "Parents" and "Jeunes" information pages (issue 10): Markdown written by editors.
struct CreateInfoPages: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("info_pages")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("organisation_id", .int, .references("organisations", .id, onDelete: .setNull))
            .field("space", .string, .required)
            .field("slug", .string, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("body", .string, .required)
            .field("reviewed_at", .datetime, .required)
            .field("review_interval_days", .int, .required)
            .field("is_demo", .bool, .required)
            .field("updated_at", .datetime)
            .unique(on: "territory_id", "space", "slug")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Each space lists its pages by title; the review list sorts by reviewed_at.
        try await sql.create(index: "info_pages_space_idx").on("info_pages").column("territory_id").column("space").column("title").run()
        try await sql.create(index: "info_pages_review_idx").on("info_pages").column("territory_id").column("reviewed_at").run()
        try await sql.create(index: "info_pages_organisation_idx").on("info_pages").column("organisation_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("info_pages").delete()
    }
}
