import CTGCore
import FluentKit
import Foundation
import SQLKit

/// Copies every table of an SQLite backup into the live database in one
/// immediate transaction, so readers see either the old or the restored state.
/// A backup made by an older version (fewer migrations) restores too: columns
/// it lacks take their defaults; one made by a newer version is refused.
enum SQLiteRestore {
    static func run(from path: String, on db: any Database) async throws {
        // One pinned connection: ATTACH and the transaction belong to it.
        try await db.withConnection { pinned in
            let conn = pinned as! any SQLDatabase
            try await conn.raw("ATTACH DATABASE \(bind: path) AS backup").run()
            do {
                try await copy(on: conn)
            } catch {
                try? await conn.raw("DETACH DATABASE backup").run()
                throw error
            }
            try await conn.raw("DETACH DATABASE backup").run()
        }
    }

    private static func copy(on conn: any SQLDatabase) async throws {
        let theirs = try await names("SELECT name FROM backup._fluent_migrations", on: conn)
        let ours = try await names("SELECT name FROM main._fluent_migrations", on: conn)
        guard !theirs.isEmpty else {
            throw AppError.invalidInput("Cette base SQLite n'a pas été faite par ctg : elle ne contient pas son historique de migrations.")
        }
        let newer = Set(theirs).subtracting(ours)
        guard newer.isEmpty else {
            throw AppError.invalidInput("Cette sauvegarde vient d'une version plus récente de ctg (\(FrenchCount.phrase(newer.count, "migration inconnue", "migrations inconnues"))) : mettez ctg à jour avant de la restaurer.")
        }
        let tables = try await tableNames(in: "main", on: conn)
        let backupTables = Set(try await tableNames(in: "backup", on: conn))
        try await conn.raw("BEGIN IMMEDIATE").run()
        do {
            // Checked at COMMIT instead of row by row, since tables are refilled in any order.
            try await conn.raw("PRAGMA defer_foreign_keys = ON").run()
            // Every table is emptied before any is refilled: a cascading delete must not reach refilled rows.
            for table in tables {
                try await conn.raw("DELETE FROM main.\(ident: table)").run()
            }
            for table in tables where backupTables.contains(table) {
                let shared = try await columns(of: table, in: "backup", on: conn)
                    .filter(Set(try await columns(of: table, in: "main", on: conn)).contains)
                let list = SQLList(shared.map { SQLIdentifier($0) })
                try await conn.raw("INSERT INTO main.\(ident: table) (\(list)) SELECT \(list) FROM backup.\(ident: table)").run()
            }
            // Full-text indexes are not copied (their shadow tables cannot be written directly
            // without corrupting them): each is rebuilt from its restored content table.
            for index in try await fullTextTables(on: conn) {
                try await conn.raw("INSERT INTO main.\(ident: index)(\(ident: index)) VALUES ('rebuild')").run()
            }
            try await conn.raw("COMMIT").run()
        } catch {
            try? await conn.raw("ROLLBACK").run()
            throw AppError.invalidInput("La restauration a échoué et la base est restée telle quelle : \(String(describing: error)).")
        }
    }

    /// Plain tables only: a virtual table (FTS5) and its shadow tables are SQLite's own
    /// storage, which `DELETE` and `INSERT … SELECT` would corrupt ("fts5: corruption found").
    private static func tableNames(in schema: String, on conn: any SQLDatabase) async throws -> [String] {
        try await names("""
            SELECT name FROM pragma_table_list WHERE schema = '\(schema)' AND type = 'table'
            AND name NOT LIKE 'sqlite_%' AND name <> '_fluent_migrations' ORDER BY name
            """, on: conn)
    }

    private static func fullTextTables(on conn: any SQLDatabase) async throws -> [String] {
        try await names("""
            SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name
            """, on: conn)
    }

    private static func columns(of table: String, in schema: String, on conn: any SQLDatabase) async throws -> [String] {
        try await conn.raw("SELECT name FROM pragma_table_info(\(bind: table), \(bind: schema))").all()
            .map { try $0.decode(column: "name", as: String.self) }
    }

    private static func names(_ query: String, on conn: any SQLDatabase) async throws -> [String] {
        try await conn.raw(SQLQueryString(query)).all().map { try $0.decode(column: "name", as: String.self) }
    }
}
