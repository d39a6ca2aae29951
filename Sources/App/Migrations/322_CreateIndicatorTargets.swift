import Fluent

/// One target per indicator and year; clearing a target deletes its row.
struct CreateIndicatorTargets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_targets")
            .field(.id, .int, .identifier(auto: true))
            .field("indicator_id", .int, .required, .references("indicators", .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("value", .double, .required)
            .unique(on: "indicator_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_targets").delete()
    }
}
