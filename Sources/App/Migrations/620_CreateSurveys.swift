import Fluent
import FluentSQL
import SQLKit

/// Surveys and participatory diagnostics (issue 12): a survey's questions in order, and its
/// anonymous responses. A response keeps the day it was given and nothing about who gave it.
struct CreateSurveys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("surveys")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("introduction", .string, .required)
            .field("audience", .string, .required)
            .field("action_code", .string)
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            .field("published", .bool, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime, .required)
            .constraint(.sql(raw: "CHECK (opens_on <= closes_on)"))
            .create()
        try await database.schema("survey_questions")
            .field(.id, .int, .identifier(auto: true))
            .field("survey_id", .int, .required, .references("surveys", .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("prompt", .string, .required)
            .field("kind", .string, .required)
            .field("choices", .string, .required)
            .field("required", .bool, .required)
            .create()
        try await database.schema("survey_responses")
            .field(.id, .int, .identifier(auto: true))
            .field("survey_id", .int, .required, .references("surveys", .id, onDelete: .cascade))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("submitted_on", .string, .required)
            .create()
        try await database.schema("survey_answers")
            .field(.id, .int, .identifier(auto: true))
            .field("response_id", .int, .required, .references("survey_responses", .id, onDelete: .cascade))
            .field("question_id", .int, .required, .references("survey_questions", .id, onDelete: .cascade))
            .field("value", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "surveys_territory_idx").on("surveys").column("territory_id").column("opens_on").run()
        try await sql.create(index: "surveys_action_idx").on("surveys").column("territory_id").column("action_code").run()
        try await sql.create(index: "survey_questions_survey_idx").on("survey_questions").column("survey_id").column("position").run()
        try await sql.create(index: "survey_responses_survey_idx").on("survey_responses").column("survey_id").column("submitted_on").run()
        try await sql.create(index: "survey_responses_territory_idx").on("survey_responses").column("territory_id").run()
        try await sql.create(index: "survey_answers_response_idx").on("survey_answers").column("response_id").run()
        try await sql.create(index: "survey_answers_question_idx").on("survey_answers").column("question_id").run()
        try await ContentVersionTriggers.install(on: sql, tables: ["surveys", "survey_questions", "survey_responses", "survey_answers"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("survey_answers").delete()
        try await database.schema("survey_responses").delete()
        try await database.schema("survey_questions").delete()
        try await database.schema("surveys").delete()
    }
}
