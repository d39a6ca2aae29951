import Fluent
import SQLKit

/// A territory may be created from a council text that gives only its name (issue 8 §3):
/// its SIREN is then unknown, stored as NULL (never a made-up number) until someone
/// enters it. The unique constraint stays: both engines let several NULLs coexist.
///
/// PostgreSQL drops the NOT NULL in place. SQLite cannot alter a column, so the table is
/// rebuilt (the documented create-copy-drop-rename sequence) from its own definition, so
/// columns added by other migrations are kept. Foreign keys are switched off on one pinned
/// connection meanwhile: with them on, dropping the old table would cascade-delete every
/// territory's plan and register.
struct AllowUnknownTerritorySiren: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        guard sql.dialect.name == "sqlite" else {
            try await sql.raw("ALTER TABLE territories ALTER COLUMN siren DROP NOT NULL").run()
            return
        }
        try await database.withConnection { pinned in
            let conn = pinned as! any SQLDatabase
            try await conn.raw("PRAGMA foreign_keys = OFF").run()
            do {
                try await Self.rebuild(on: conn)
            } catch {
                try? await conn.raw("PRAGMA foreign_keys = ON").run()
                throw error
            }
            try await conn.raw("PRAGMA foreign_keys = ON").run()
        }
    }

    private static func rebuild(on conn: any SQLDatabase) async throws {
        let definitions = try await conn.raw("""
            SELECT type, sql FROM sqlite_master WHERE tbl_name = 'territories' AND sql IS NOT NULL
            """).all().map { (try $0.decode(column: "type", as: String.self), try $0.decode(column: "sql", as: String.self)) }
        guard let table = definitions.first(where: { $0.0 == "table" })?.1,
              let column = table.range(of: #""siren" TEXT NOT NULL"#) else {
            throw AppError.invalidInput("Migration 420 : la définition de la table territories n'a pas la forme attendue.")
        }
        var rebuilt = table.replacingCharacters(in: column, with: #""siren" TEXT"#)
        guard let name = rebuilt.range(of: #""territories""#) else {
            throw AppError.invalidInput("Migration 420 : nom de table introuvable dans sa définition.")
        }
        rebuilt.replaceSubrange(name, with: #""territories_rebuilt""#)
        try await conn.raw("BEGIN IMMEDIATE").run()
        do {
            try await conn.raw(SQLQueryString(rebuilt)).run()
            try await conn.raw("INSERT INTO territories_rebuilt SELECT * FROM territories").run()
            try await conn.raw("DROP TABLE territories").run()
            try await conn.raw("ALTER TABLE territories_rebuilt RENAME TO territories").run()
            for (type, index) in definitions where type == "index" {
                try await conn.raw(SQLQueryString(index)).run()
            }
            let broken = try await conn.raw("PRAGMA foreign_key_check").all()
            guard broken.isEmpty else {
                throw AppError.invalidInput("Migration 420 : \(broken.count) référence(s) vers un territoire absent.")
            }
            try await conn.raw("COMMIT").run()
        } catch {
            try? await conn.raw("ROLLBACK").run()
            throw error
        }
    }

    func revert(on database: any Database) async throws {
        // Going back would need a SIREN for every territory created without one.
        throw AppError.invalidInput("Migration 420 : retour impossible tant que des territoires n'ont pas de SIREN.")
    }
}
