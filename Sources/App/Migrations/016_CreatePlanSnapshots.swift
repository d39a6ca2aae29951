import Fluent
import SQLKit

/// Copies of a convention's plan and follow-up, taken before `ctg import --replace`
/// removes anything, so that `ctg snapshot restore` can bring them back.
struct CreatePlanSnapshots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("plan_snapshots")
            .field(.id, .int, .identifier(auto: true))
            .field("convention_id", .int, .required, .references("conventions", .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("reason", .string, .required)
            .field("payload", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX IF NOT EXISTS plan_snapshots_by_convention ON plan_snapshots (convention_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("plan_snapshots").delete()
    }
}
