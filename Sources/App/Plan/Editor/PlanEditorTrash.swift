import Fluent
import SQLKit
import Vapor

/// What an editor deletion removed, kept with its journal entry (`deleted_rows`), so
/// « Restaurer » in `/admin/journal` puts the rows back with their codes (under new ids).
/// Only rows without follow-up are ever deleted, so the plan's own tables are enough.
enum PlanEditorTrash {
    /// Parent first: each table with the column that ties it to the table before it.
    static let subtree: [(table: String, column: String, parent: String)] = [
        ("objectifs", "axe_id", "axes"),
        ("actions", "objectif_id", "objectifs"),
        ("action_organisations", "action_id", "actions"),
        ("sous_actions", "action_id", "actions"),
        ("indicators", "action_id", "actions"),
        ("expected_results", "action_id", "actions"),
        ("sous_action_funders", "sous_action_id", "sous_actions"),
    ]

    /// Where the deleted row hung: its parent must still be there to take it back.
    static let parents: [String: (column: String, table: String)] = [
        "axes": ("convention_id", "conventions"), "objectifs": ("axe_id", "axes"),
        "actions": ("objectif_id", "objectifs"), "sous_actions": ("action_id", "actions"),
    ]

    struct Payload: Codable {
        var conventionID: Int
        /// "La sous-action 1-2-3-A", and whether to write « restaurée ».
        var label: String
        var feminine: Bool
        var entity: AuditEntity
        /// Table names in the order to insert them back, each with its rows.
        var tables: [String]
        var rows: [String: [SnapshotRow]]
    }

    /// Reads the row `id` of `table` and everything below it, before the deletion.
    static func collect(table root: String, id: Int, target: PlanEditorDelete.Target, entity: AuditEntity,
                        conventionID: Int, on db: any Database) async throws -> Payload {
        let sql = try PlanBackup.sqlDatabase(db)
        let textLast = sql.dialect.name == "postgresql"
        var payload = Payload(conventionID: conventionID, label: target.label, feminine: target.feminine, entity: entity,
                              tables: [root], rows: [:])
        var ids: [String: [Int]] = [root: [id]]
        payload.rows[root] = try await read(root, column: "id", ids: [id], sql, textLast)
        for link in subtree {
            guard let parents = ids[link.parent], !parents.isEmpty else { continue }
            let rows = try await read(link.table, column: link.column, ids: parents, sql, textLast)
            guard !rows.isEmpty else { continue }
            payload.tables.append(link.table)
            payload.rows[link.table] = rows
            ids[link.table] = rows.compactMap { if case .int(let id)? = $0["id"] { id } else { nil } }
        }
        return payload
    }

    /// Puts the rows back, parents first; a number or code taken since, or a parent
    /// deleted since, is refused in French and nothing is restored.
    static func restore(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let payload = try kept.decoded(Payload.self)
        let sql = try PlanBackup.sqlDatabase(db)
        let restored = payload.feminine ? "restaurée" : "restauré"
        if let root = payload.tables.first, let parent = parents[root], case .int(let parentID)? = payload.rows[root]?.first?[parent.column] {
            let alive = try await sql.select().column("id").from(parent.table).where("id", .equal, parentID).first()
            if alive == nil {
                throw AppError.conflict("\(payload.label) ne peut pas être \(restored) : l'élément du plan qui \(payload.feminine ? "la" : "le") contenait "
                    + "a été supprimé depuis. Restaurez-le d'abord.")
            }
        }
        let taken = AppError.conflict("\(payload.label) ne peut pas être \(restored) : sa place dans le plan a été prise "
            + "depuis (même numéro ou même code). Déplacez ou supprimez l'élément qui l'occupe, puis réessayez.")
        // New ids: SQLite hands a deleted row's id to the next row created, so the old one may be taken.
        var newIDs: [String: [Int: Int]] = [:]
        try await DatabaseFailure.refusingDuplicates(taken) {
            for table in payload.tables {
                let link = subtree.first { $0.table == table }
                for var row in payload.rows[table] ?? [] {
                    guard case .int(let oldID)? = row.removeValue(forKey: "id") else { continue }
                    if let link, case .int(let parentID)? = row[link.column], let mapped = newIDs[link.parent]?[parentID] {
                        row[link.column] = .int(mapped)
                    }
                    let columns = row.keys.sorted()
                    let inserted = try await sql.insert(into: table).columns(columns).values(columns.map { row[$0]!.expression })
                        .returning("id").first()
                    newIDs[table, default: [:]][oldID] = try inserted?.decode(column: "id", as: Int.self)
                }
            }
        }
        guard let convention = try await Convention.find(payload.conventionID, on: db) else { throw PlanEditorRows.notFound }
        try await Audit.record(on: db, user: user, territoryID: convention.$territory.id, conventionID: payload.conventionID,
                               entity: payload.entity, entityID: nil,
                               summary: "\(payload.label) \(restored) depuis le journal.")
    }

    private static func read(_ table: String, column: String, ids: [Int], _ sql: any SQLDatabase,
                             _ textLast: Bool) async throws -> [SnapshotRow] {
        try await sql.select().column("*").from(table).where(SQLIdentifier(column), .in, ids).all().map { row in
            Dictionary(uniqueKeysWithValues: try row.allColumns.map { ($0, try SnapshotValue.read(row, column: $0, textLast: textLast)) })
        }
    }
}
