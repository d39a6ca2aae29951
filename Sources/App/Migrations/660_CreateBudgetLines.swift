import Fluent
import SQLKit

/// Moyens en euros (issue 13): one line per sous-action, year and financeur, the budget
/// prévisionnel and the réalisé in integer cents (BIGINT; a Double would drift). The
/// convention and territory are kept on the line so `/financeurs` and the bilan add a
/// convention's lines up with one indexed query, without loading the plan.
struct CreateBudgetLines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("budget_lines")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .cascade))
            .field("sous_action_id", .int, .required, .references("sous_actions", .id, onDelete: .cascade))
            // No cascade: a merge moves the lines first (OrganisationMerge); nothing else may drop them silently.
            .field("organisation_id", .int, .required, .references("organisations", .id, onDelete: .restrict))
            .field("year", .int, .required)
            .field("planned_cents", .int64, .required)
            .field("spent_cents", .int64)
            .field("is_demo", .bool, .required)
            .field("updated_at", .datetime)
            .unique(on: "sous_action_id", "year", "organisation_id")
            .constraint(.sql(raw: "CHECK (planned_cents >= 0 AND (spent_cents IS NULL OR spent_cents >= 0))"))
            .constraint(.sql(raw: "CHECK (year BETWEEN 2000 AND 2100)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // sous_action_id leads the UNIQUE index, which serves its lookups.
        try await sql.create(index: "budget_lines_territory_idx").on("budget_lines").column("territory_id").run()
        try await sql.create(index: "budget_lines_convention_year_idx").on("budget_lines").column("convention_id").column("year").run()
        try await sql.create(index: "budget_lines_organisation_idx").on("budget_lines").column("organisation_id").run()
        try await ContentVersionTriggers.install(on: sql, tables: ["budget_lines"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("budget_lines").delete()
    }
}
