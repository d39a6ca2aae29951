import Fluent
import Foundation
import SQLKit

/// A convention's plan and follow-up as they were, kept in the database as JSON.
final class PlanBackup: Model, @unchecked Sendable {
    static let schema = "plan_snapshots"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "convention_id") var convention: Convention
    @Field(key: "created_at") var createdAt: Date
    /// Why it was taken, in French, for `ctg snapshot list`.
    @Field(key: "reason") var reason: String
    /// `[table name: rows]`, see `PlanTable`.
    @Field(key: "payload") var payload: String

    init() {}

    typealias Tables = [String: [SnapshotRow]]

    /// Copies every row of `PlanTable.all` that belongs to the convention.
    static func take(conventionID: Int, reason: String, on db: any Database) async throws -> PlanBackup {
        let sql = try sqlDatabase(db)
        var tables: Tables = [:]
        let textLast = sql.dialect.name == "postgresql"
        for table in PlanTable.all {
            let rows = try await sql.raw("SELECT * FROM \(ident: table.name) WHERE \(table.scope(conventionID: conventionID))").all()
            tables[table.name] = try rows.map { row in
                Dictionary(uniqueKeysWithValues: try row.allColumns.map {
                    ($0, try SnapshotValue.read(row, column: $0, textLast: textLast))
                })
            }
        }
        let snapshot = PlanBackup()
        snapshot.$convention.id = conventionID
        snapshot.createdAt = Date()
        snapshot.reason = reason
        snapshot.payload = String(decoding: try JSONEncoder().encode(tables), as: UTF8.self)
        try await snapshot.create(on: db)
        return snapshot
    }

    func tables() throws -> Tables {
        try JSONDecoder().decode(Tables.self, from: Data(payload.utf8))
    }

    static func sqlDatabase(_ db: any Database) throws -> any SQLDatabase {
        guard let sql = db as? any SQLDatabase else {
            throw AppError.unavailable("Cette base de données ne permet pas les instantanés du plan.")
        }
        return sql
    }
}
