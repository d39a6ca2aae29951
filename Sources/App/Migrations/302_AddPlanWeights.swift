import Fluent

/// Optional weights for the progress roll-up; null means "plain average".
struct AddPlanWeights: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for table in ["sous_actions", "actions", "objectifs", "axes"] {
            try await database.schema(table).field("weight", .double).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["sous_actions", "actions", "objectifs", "axes"] {
            try await database.schema(table).deleteField("weight").update()
        }
    }
}
