import Fluent
import SQLKit

/// One counter that every write to what pages show moves, in the same transaction, by a
/// trigger: cached pages are valid while it stands still (issue 9). A trigger sees every
/// write, including query-builder updates and deletes and other processes (`ctg import`).
struct CreateContentVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(table: ContentVersionTriggers.table)
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("version", type: .bigint, .notNull)
            .run()
        try await sql.insert(into: ContentVersionTriggers.table).columns("id", "version").values(1, 0).run()
        try await ContentVersionTriggers.installOnEveryTable(on: sql)
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await ContentVersionTriggers.remove(on: sql)
        try await sql.drop(table: ContentVersionTriggers.table).run()
    }
}
