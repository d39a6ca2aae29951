import Fluent

/// Measurements typed by the partners. Never updated: a correction is a new
/// measurement (the latest of a year wins) or a deletion, both audited.
struct CreateIndicatorMeasurements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_measurements")
            .field(.id, .int, .identifier(auto: true))
            .field("indicator_id", .int, .required, .references("indicators", .id, onDelete: .cascade))
            .field("value", .double)
            .field("text", .string)
            .field("period_label", .string, .required)
            .field("year", .int, .required)
            .field("measured_on", .string)
            .field("source", .string)
            .field("author", .string)
            .field("author_id", .int)
            .field("comment", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_measurements").delete()
    }
}
