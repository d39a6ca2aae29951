import Fluent
import SQLKit

/// Puts a convention's plan and follow-up back as a snapshot holds them, with their
/// original ids (so links from the journal still point at the right rows), in one
/// transaction: the current plan rows go, the snapshot's come back. The plan being
/// replaced is itself kept as a snapshot first, so a restore can be undone, and the
/// restore is written in the journal.
enum SnapshotRestore {
    /// Returns the number of the snapshot holding the plan as it was before the restore.
    @discardableResult
    static func restore(_ snapshot: PlanBackup, on db: any Database) async throws -> Int {
        let conventionID = snapshot.$convention.id
        let number = try snapshot.requireID()
        let tables = try snapshot.tables()
        return try await db.writeTransaction { tx in
            guard let convention = try await Convention.find(conventionID, on: tx) else {
                throw AppError.notFound("La convention n° \(conventionID) de l'instantané n'existe plus.")
            }
            let undo = try await PlanBackup.take(conventionID: conventionID,
                                                 reason: "Avant restauration de l'instantané n° \(number)", on: tx)
            let sql = try PlanBackup.sqlDatabase(tx)
            // Children first, so nothing depends on the database's cascades.
            for table in PlanTable.all.reversed() where !table.updatedInPlace {
                try await sql.raw("DELETE FROM \(ident: table.name) WHERE \(table.scope(conventionID: conventionID))").run()
            }
            // A deliberation the replacing document brought in is unlinked, not deleted.
            let kept = (tables["deliberations"] ?? []).compactMap { if case .int(let id)? = $0["id"] { id } else { nil } }
            try await sql.update("deliberations").set(SQLIdentifier("convention_id"), to: SQLLiteral.null)
                .where("convention_id", .equal, SQLBind(conventionID))
                .where("id", .notIn, SQLGroupExpression(SQLList((kept + [-1]).map { SQLBind($0) })))
                .run()
            for table in PlanTable.all {
                let rows = tables[table.name] ?? []
                // A row the scope no longer reaches (an attendance of a deliberation the
                // replacing document unlinked) would collide with its own copy.
                let ids = rows.compactMap { $0["id"]?.expression }
                if !table.updatedInPlace, !ids.isEmpty {
                    try await sql.delete(from: table.name).where("id", .in, SQLGroupExpression(SQLList(ids))).run()
                }
                for row in rows {
                    try await write(row, into: table, on: sql)
                }
            }
            let undoNumber = try undo.requireID()
            try await Audit.record(on: tx, user: nil, territoryID: convention.$territory.id, conventionID: conventionID,
                                   entity: .planImport, entityID: number,
                                   summary: "Plan restauré depuis l'instantané n° \(number) ; le plan remplacé est "
                                       + "gardé dans l'instantané n° \(undoNumber).")
            return undoNumber
        }
    }

    private static func write(_ row: SnapshotRow, into table: PlanTable, on sql: any SQLDatabase) async throws {
        let columns = row.keys.sorted()
        if table.updatedInPlace {
            guard let id = row["id"] else { return }
            let update = sql.update(table.name)
            for column in columns where column != "id" {
                _ = update.set(SQLIdentifier(column), to: row[column]!.expression)
            }
            try await update.where("id", .equal, id.expression).run()
        } else {
            try await sql.insert(into: table.name).columns(columns)
                .values(columns.map { row[$0]!.expression }).run()
        }
    }
}
