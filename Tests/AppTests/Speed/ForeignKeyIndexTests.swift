@testable import App
import SQLKit
import Testing

/// Issue 9: every `WHERE … IN (…)` of a page follows a foreign key, and PostgreSQL indexes none
/// by itself; a table holding 2,000 territories' rows is then read whole for one territory.
@Suite struct ForeignKeyIndexTests {
    @Test func everyForeignKeyColumnLeadsAnIndex() async throws {
        try await withApp(seeded: false) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let keys = try await Self.foreignKeys(on: sql)
            let indexed = try await Self.leadingIndexColumns(on: sql)
            #expect(keys.count > 30, "la liste des clés étrangères est vide : la requête est fausse")
            let missing = keys.filter { !indexed.contains($0) }.map { "\($0.table).\($0.column)" }
            #expect(missing.isEmpty, "clés étrangères sans index : \(missing.sorted().joined(separator: ", "))")
        }
    }

    struct Column: Hashable { var table: String; var column: String }

    static func foreignKeys(on sql: any SQLDatabase) async throws -> Set<Column> {
        if sql.dialect.name == "postgresql" {
            let rows = try await sql.raw("""
                SELECT c.conrelid::regclass::text AS tbl, a.attname AS col
                FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
                """).all()
            return Set(try rows.map { Column(table: try $0.decode(column: "tbl", as: String.self),
                                             column: try $0.decode(column: "col", as: String.self)) })
        }
        var keys = Set<Column>()
        for table in try await ContentVersionTriggers.tables(on: sql) {
            for row in try await sql.raw("SELECT \"from\" AS col FROM pragma_foreign_key_list(\(bind: table))").all() {
                keys.insert(Column(table: table, column: try row.decode(column: "col", as: String.self)))
            }
        }
        return keys
    }

    /// Columns that come first in some index (a unique constraint's included): only those serve a lookup.
    static func leadingIndexColumns(on sql: any SQLDatabase) async throws -> Set<Column> {
        if sql.dialect.name == "postgresql" {
            let rows = try await sql.raw("""
                SELECT i.indrelid::regclass::text AS tbl, a.attname AS col
                FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                WHERE t.relnamespace = current_schema()::regnamespace
                """).all()
            return Set(try rows.map { Column(table: try $0.decode(column: "tbl", as: String.self),
                                             column: try $0.decode(column: "col", as: String.self)) })
        }
        let rows = try await sql.raw("""
            SELECT m.name AS tbl, ii.name AS col FROM sqlite_master m
            JOIN pragma_index_list(m.name) il
            JOIN pragma_index_info(il.name) ii ON ii.seqno = 0
            WHERE m.type = 'table'
            """).all()
        return Set(try rows.map { Column(table: try $0.decode(column: "tbl", as: String.self),
                                         column: try $0.decode(column: "col", as: String.self)) })
    }
}
