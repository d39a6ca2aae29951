import Fluent
import SQLKit

/// Visits per territory, page address and month: a counter, no cookie nor visitor data (issue 10).
struct CreatePageVisits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("page_visits")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("path", .string, .required)
            .field("month", .string, .required)
            .field("visits", .int, .required)
            // The upsert's conflict target, and the index the monthly totals read.
            .unique(on: "territory_id", "month", "path")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("page_visits").delete()
    }
}
