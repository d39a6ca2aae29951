import SQLKit

/// The triggers that move `content_version` on every write. A table created by a later migration
/// gets them from that migration (`install(on:tables:)`); `ContentVersionTests` checks that every
/// table has them, except those below, which no page shows.
enum ContentVersionTriggers {
    static let table = "content_version"
    static let notifyChannel = "ctg_content"
    static let function = "ctg_bump_content_version"

    /// Written on every sign-in or page view, shown on no cached page: bumping there would
    /// only empty the cache.
    static let untracked: Set<String> = [
        table, "_fluent_migrations", "_fluent_sessions", "login_attempts", "form_submissions",
        CreateWriteLock.table, "users", "page_visits",
    ]

    /// The search index is derived from the plan, rewritten in the transaction of each plan write
    /// (which moves the counter already); SQLite's FTS5 table cannot carry triggers at all.
    static let untrackedPrefixes = ["plan_search"]

    static func isTracked(_ table: String) -> Bool {
        !untracked.contains(table) && !untrackedPrefixes.contains { table.hasPrefix($0) }
    }

    static func installOnEveryTable(on sql: any SQLDatabase) async throws {
        try await install(on: sql, tables: tables(on: sql).filter(isTracked))
    }

    static func install(on sql: any SQLDatabase, tables: [String]) async throws {
        if sql.dialect.name == "postgresql" { try await createFunction(on: sql) }
        for table in tables {
            if sql.dialect.name == "postgresql" {
                // Per statement: a bulk insert of 500 rows moves the counter once.
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: triggerName(table)) AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE \
                    ON \(ident: table) FOR EACH STATEMENT EXECUTE FUNCTION \(unsafeRaw: function)()
                    """).run()
            } else {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try await sql.raw("""
                        CREATE TRIGGER IF NOT EXISTS \(unsafeRaw: triggerName(table))_\(unsafeRaw: event.lowercased()) \
                        AFTER \(unsafeRaw: event) ON \(ident: table) \
                        BEGIN UPDATE \(unsafeRaw: Self.table) SET version = version + 1 WHERE id = 1; END
                        """).run()
                }
            }
        }
    }

    /// PostgreSQL also tells the other instances, at commit (a rolled-back write tells no one).
    private static func createFunction(on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            CREATE OR REPLACE FUNCTION \(unsafeRaw: function)() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE \(unsafeRaw: table) SET version = version + 1 WHERE id = 1;
              PERFORM pg_notify('\(unsafeRaw: notifyChannel)', current_schema());
              RETURN NULL;
            END $$
            """).run()
    }

    static func triggerName(_ table: String) -> String { "cv_" + table }

    /// The tables of the current schema (SQLite: the file; PostgreSQL: the search path's first
    /// schema). SQLite's virtual tables and their shadow tables (`x_data`, `x_idx`…) are left
    /// out: they take no trigger.
    static func tables(on sql: any SQLDatabase) async throws -> [String] {
        if sql.dialect.name == "postgresql" {
            let rows = try await sql.raw("""
                SELECT table_name AS name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                """).all()
            return try rows.map { try $0.decode(column: "name", as: String.self) }.sorted()
        }
        let rows = try await sql.raw("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
        let all = try rows.map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "sql", as: String?.self) ?? "") }
        let virtual = all.filter { $0.1.uppercased().hasPrefix("CREATE VIRTUAL TABLE") }.map(\.0)
        return all.map(\.0).filter { name in !virtual.contains { name == $0 || name.hasPrefix($0 + "_") } }.sorted()
    }

    /// The tables that carry the triggers, for the test that checks none is missing.
    static func trackedTables(on sql: any SQLDatabase) async throws -> Set<String> {
        let query: SQLQueryString = sql.dialect.name == "postgresql"
            ? "SELECT DISTINCT event_object_table AS name FROM information_schema.triggers WHERE trigger_schema = current_schema() AND trigger_name LIKE 'cv\\_%'"
            : "SELECT DISTINCT tbl_name AS name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cv\\_%' ESCAPE '\\'"
        return Set(try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) })
    }

    static func remove(on sql: any SQLDatabase) async throws {
        for table in try await trackedTables(on: sql) {
            if sql.dialect.name == "postgresql" {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: triggerName(table)) ON \(ident: table)").run()
            } else {
                for event in ["insert", "update", "delete"] {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: triggerName(table))_\(unsafeRaw: event)").run()
                }
            }
        }
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS \(unsafeRaw: function)()").run()
        }
    }
}
