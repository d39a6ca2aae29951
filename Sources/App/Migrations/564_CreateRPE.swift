import Fluent
import FluentSQL
import SQLKit

/// The RPE's figures (issue 11 §3): assistants maternels per commune and year, and the MAM
/// projects with their accompaniment steps.
struct CreateRPE: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rpe_am_figures")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("commune", .string, .required)
            .field("year", .int, .required)
            .field("assistants", .int, .required)
            .field("places", .int, .required)
            .field("available_places", .int, .required)
            .field("children_under3", .int)
            .unique(on: "territory_id", "year", "commune")
            .constraint(.sql(raw: "CHECK (assistants >= 0 AND places >= 0 AND available_places >= 0 AND available_places <= places)"))
            .create()
        try await database.schema("mam_projects")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("commune", .string, .required)
            .field("assistants", .int, .required)
            .field("stage", .string, .required)
            .constraint(.sql(raw: "CHECK (assistants > 0)"))
            .create()
        try await database.schema("mam_steps")
            .field(.id, .int, .identifier(auto: true))
            .field("project_id", .int, .required, .references("mam_projects", .id, onDelete: .cascade))
            .field("step", .string, .required)
            .field("day", .string, .required)
            .unique(on: "project_id", "step")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "mam_projects_territory_idx").on("mam_projects").column("territory_id").column("stage").run()
        try await sql.create(index: "mam_steps_project_idx").on("mam_steps").column("project_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mam_steps").delete()
        try await database.schema("mam_projects").delete()
        try await database.schema("rpe_am_figures").delete()
    }
}
