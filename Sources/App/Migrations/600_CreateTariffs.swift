import Fluent
import FluentSQL
import SQLKit

/// ALSH tariff grids (issue 12, fiche 2-1-1-B): one or more grids per accueil de loisirs, and
/// one harmonised draft per territory (no structure, `draft_key` 1 so the database keeps it
/// unique); their QF brackets, taux d'effort, and the attendance per bracket for the revenue effect.
struct CreateTariffs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("tariff_grids")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("structure_id", .int, .references("structures", .id, onDelete: .cascade))
            .field("draft_key", .int)
            .field("mode", .string, .required)
            .field("outside_supplement", .int, .required)
            .field("valid_from", .string)
            .field("valid_until", .string)
            .field("reference_qfs", .string, .required)
            .field("version", .int, .required)
            .field("is_demo", .bool, .required)
            .field("updated_at", .datetime)
            .unique(on: "territory_id", "draft_key")
            .constraint(.sql(raw: "CHECK (mode IN ('tranches', 'taux'))"))
            .constraint(.sql(raw: "CHECK (outside_supplement >= 0)"))
            .constraint(.sql(raw: "CHECK ((structure_id IS NULL AND draft_key = 1) OR (structure_id IS NOT NULL AND draft_key IS NULL))"))
            .create()
        try await database.schema("tariff_brackets")
            .field(.id, .int, .identifier(auto: true))
            .field("grid_id", .int, .required, .references("tariff_grids", .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("lower_qf", .int, .required)
            .field("lower_inclusive", .bool, .required)
            .field("upper_qf", .int)
            .field("upper_inclusive", .bool, .required)
            .field("price_day_meal", .int)
            .field("price_day", .int)
            .field("price_half_day_meal", .int)
            .field("price_half_day", .int)
            .unique(on: "grid_id", "position")
            .constraint(.sql(raw: "CHECK (lower_qf >= 0 AND (upper_qf IS NULL OR upper_qf >= 0))"))
            .constraint(.sql(raw: "CHECK (COALESCE(price_day_meal, 0) >= 0 AND COALESCE(price_day, 0) >= 0 AND COALESCE(price_half_day_meal, 0) >= 0 AND COALESCE(price_half_day, 0) >= 0)"))
            .create()
        try await database.schema("tariff_rates")
            .field(.id, .int, .identifier(auto: true))
            .field("grid_id", .int, .required, .references("tariff_grids", .id, onDelete: .cascade))
            .field("unit", .string, .required)
            .field("rate_e4", .int, .required)
            .field("floor_price", .int, .required)
            .field("ceiling_price", .int, .required)
            .unique(on: "grid_id", "unit")
            .constraint(.sql(raw: "CHECK (rate_e4 >= 0 AND floor_price >= 0 AND ceiling_price >= floor_price)"))
            .create()
        try await database.schema("tariff_attendances")
            .field(.id, .int, .identifier(auto: true))
            .field("bracket_id", .int, .required, .references("tariff_brackets", .id, onDelete: .cascade))
            .field("unit", .string, .required)
            .field("quantity", .int, .required)
            .unique(on: "bracket_id", "unit")
            .constraint(.sql(raw: "CHECK (quantity >= 0)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "tariff_grids_territory_idx").on("tariff_grids").column("territory_id").run()
        try await sql.create(index: "tariff_grids_structure_idx").on("tariff_grids").column("structure_id").run()
        try await sql.create(index: "tariff_brackets_grid_idx").on("tariff_brackets").column("grid_id").run()
        try await sql.create(index: "tariff_rates_grid_idx").on("tariff_rates").column("grid_id").run()
        try await sql.create(index: "tariff_attendances_bracket_idx").on("tariff_attendances").column("bracket_id").run()
        try await ContentVersionTriggers.install(on: sql, tables: ["tariff_grids", "tariff_brackets", "tariff_rates", "tariff_attendances"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("tariff_attendances").delete()
        try await database.schema("tariff_rates").delete()
        try await database.schema("tariff_brackets").delete()
        try await database.schema("tariff_grids").delete()
    }
}
