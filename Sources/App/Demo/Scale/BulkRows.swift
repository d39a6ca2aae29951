import SQLKit

/// Rows for one table, written in a few multi-row INSERTs with ids chosen here: a generated
/// territory's 400 rows then cost a handful of statements instead of 400 round trips, and a
/// child row can name its parent's id before either is written.
struct BulkRows {
    let table: String
    let columns: [String]
    private(set) var rows: [[any SQLExpression]] = []
    private var nextID: Int

    init(table: String, columns: [String], firstID: Int) {
        self.table = table
        self.columns = ["id"] + columns
        self.nextID = firstID
    }

    /// Adds a row and returns the id it will have.
    @discardableResult
    mutating func add(_ values: [any Encodable & Sendable]) -> Int {
        precondition(values.count == columns.count - 1, "\(table) : \(values.count) valeurs pour \(columns.count - 1) colonnes")
        let id = nextID
        nextID += 1
        rows.append([SQLBind(id)] + values.map { SQLBind($0) })
        return id
    }

    /// SQLite takes at most 32,766 bound values in a statement, PostgreSQL 65,535.
    func write(on sql: any SQLDatabase) async throws {
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var insert = sql.insert(into: table).columns(columns)
            for row in chunk { insert = insert.values(row) }
            try await insert.run()
            start += perStatement
        }
    }

    /// PostgreSQL's identity sequence does not see ids written by hand: move it past them.
    func advanceSequence(on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "postgresql", !rows.isEmpty else { return }
        try await sql.raw("""
            SELECT setval(pg_get_serial_sequence(\(bind: table), 'id'), (SELECT MAX(id) FROM \(ident: table)))
            """).run()
    }

    static func firstFreeID(_ table: String, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw("SELECT COALESCE(MAX(id), 0) AS top FROM \(ident: table)").first()
        return (try row?.decode(column: "top", as: Int.self) ?? 0) + 1
    }
}
