import Fluent
import SQLKit

/// A séance or a deliberation recorded by mistake is cancelled, not deleted (issue 13): the row
/// stays, with when, why and by whom, and the journal entry of the cancellation (so that undoing
/// that entry reinstates exactly the rows it cancelled). Public pages filter on `cancelled_at`
/// within a territory or a séance, hence the indexes; `deliberations.seance_id` had none.
struct AddCancellation: AsyncMigration {
    static let tables = ["seances", "deliberations"]
    static let columns: [(String, DatabaseSchema.DataType)] = [
        ("cancelled_at", .datetime), ("cancel_reason", .string), ("cancelled_by", .string), ("cancel_entry_id", .int),
    ]

    // One ALTER per column: SQLite refuses several alterations in one statement.
    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            for (name, type) in Self.columns {
                try await database.schema(table).field(.string(name), type).update()
            }
        }
        guard let sql = database as? any SQLDatabase else { return }
        for table in Self.tables {
            try await sql.create(index: "\(table)_cancelled_idx").on(table).column("territory_id").column("cancelled_at").run()
        }
        try await sql.create(index: "deliberations_seance_cancelled_idx").on("deliberations")
            .column("seance_id").column("cancelled_at").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            for name in ["seances_cancelled_idx", "deliberations_cancelled_idx", "deliberations_seance_cancelled_idx"] {
                try await sql.drop(index: name).run()
            }
        }
        for table in Self.tables.reversed() {
            for (name, _) in Self.columns.reversed() {
                try await database.schema(table).deleteField(.string(name)).update()
            }
        }
    }
}
