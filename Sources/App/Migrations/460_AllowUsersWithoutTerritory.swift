import Fluent
import SQLKit

/// Instance admins (issue 8 §4) create territories and belong to none, so an account's
/// territory becomes optional. PostgreSQL drops the NOT NULL in place. SQLite cannot
/// alter a column: the table is rebuilt from its own stored definition with only that
/// constraint removed, on one pinned connection with foreign keys off (otherwise dropping
/// the old table would null the journal's links to its authors), in one transaction.
struct AllowUsersWithoutTerritory: AsyncMigration {
    static let required = #""territory_id" INTEGER NOT NULL"#
    static let optional = #""territory_id" INTEGER"#

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE users ALTER COLUMN territory_id DROP NOT NULL").run()
            return
        }
        try await database.withConnection { pinned in
            let conn = pinned as! any SQLDatabase
            let definition = try await conn.raw("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'")
                .first()?.decode(column: "sql", as: String.self) ?? ""
            guard definition.contains(Self.required) else { return }
            let rebuilt = definition.replacingOccurrences(of: Self.required, with: Self.optional)
                .replacingOccurrences(of: #"CREATE TABLE "users""#, with: #"CREATE TABLE "users_rebuilt""#)
            try await conn.raw("PRAGMA foreign_keys = OFF").run()
            do {
                try await conn.raw("BEGIN IMMEDIATE").run()
                try await conn.raw("\(unsafeRaw: rebuilt)").run()
                try await conn.raw("INSERT INTO users_rebuilt SELECT * FROM users").run()
                try await conn.raw("DROP TABLE users").run()
                try await conn.raw("ALTER TABLE users_rebuilt RENAME TO users").run()
                try await conn.raw("COMMIT").run()
            } catch {
                try? await conn.raw("ROLLBACK").run()
                try? await conn.raw("PRAGMA foreign_keys = ON").run()
                throw error
            }
            try await conn.raw("PRAGMA foreign_keys = ON").run()
        }
    }

    func revert(on database: any Database) async throws {
        // Going back would have to delete the admins; keeping the column optional is harmless.
    }
}
