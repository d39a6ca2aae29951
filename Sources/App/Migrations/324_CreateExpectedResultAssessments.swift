import Fluent

/// Yearly judgements of a "résultat attendu"; kept as a history, the latest of a year counts.
struct CreateExpectedResultAssessments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("expected_result_assessments")
            .field(.id, .int, .identifier(auto: true))
            .field("expected_result_id", .int, .required, .references("expected_results", .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("status", .string, .required)
            .field("comment", .string)
            .field("recorded_on", .string, .required)
            .field("author_id", .int)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("expected_result_assessments").delete()
    }
}
