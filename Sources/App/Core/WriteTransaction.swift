import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

extension Database {
    /// Every write goes through here, so that two people saving at once are served
    /// one after the other instead of one of them getting "database is locked".
    ///
    /// SQLite: Fluent begins a deferred transaction, and a deferred transaction that reads
    /// and then writes cannot upgrade its lock once another connection has written: SQLite
    /// answers SQLITE_BUSY at once, without calling the busy handler. So the first statement
    /// here is a no-op write, which takes the write lock up front and waits (busy timeout)
    /// for any other writer, in this process or another one (`ctg import`).
    ///
    /// PostgreSQL: a transaction-level advisory lock, one per schema, gives the same
    /// one-writer-at-a-time order, so READ COMMITTED reads after it see every earlier write
    /// and a read-then-write cannot interleave with another. The lock is taken first, holding
    /// nothing else, so it cannot take part in a deadlock; a serialization failure or a
    /// deadlock with a write made outside this helper is answered with a French 503.
    ///
    /// Nested calls on `tx` join the outer transaction. The body must use `tx` only: a write
    /// through another handle (`req.db`) would wait for this very transaction to end.
    func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        let engine = WriteLock.Engine(of: self)
        if inTransaction {
            try await WriteLock.take(on: self, engine: engine)
            return try await body(self)
        }
        // SQLite: one writer at a time in this process, waiting asynchronously. A writer
        // waiting in SQLite's busy handler blocks a thread of the small shared pool that
        // every query runs on, so the lock holder could starve; only other processes are
        // left to the busy handler.
        if engine == .sqlite { await WriteLock.inProcess.lock() }
        do {
            let result = try await transaction { tx in
                try await WriteLock.take(on: tx, engine: engine)
                return try await body(tx)
            }
            if engine == .sqlite { await WriteLock.inProcess.unlock() }
            LocalWrites.finished()
            return result
        } catch {
            if engine == .sqlite { await WriteLock.inProcess.unlock() }
            LocalWrites.finished()
            throw DatabaseFailure.translate(error)
        }
    }
}

/// How each engine takes its one-writer lock at the start of a write transaction.
enum WriteLock {
    /// How long a writer waits for another before giving up with a French 503.
    static let busyTimeoutMilliseconds = 15_000
    static let inProcess = AsyncMutex()

    enum Engine {
        case sqlite, postgres, other

        init(of db: any Database) {
            switch (db as? any SQLDatabase)?.dialect.name {
            case "sqlite": self = .sqlite
            case "postgresql": self = .postgres
            default: self = .other
            }
        }
    }

    static func take(on db: any Database, engine: Engine) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        switch engine {
        case .sqlite:
            // Replaces sqlite-nio's handler, which spins forever, by SQLite's sleeping one,
            // bounded; the setting stays on the pooled connection for its later statements.
            try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeoutMilliseconds))").run()
            // Deletes nothing, but a write statement takes the write lock (waiting for it).
            try await sql.raw("DELETE FROM \(ident: CreateWriteLock.table) WHERE 0 = 1").run()
        case .postgres:
            try await sql.raw("SELECT pg_advisory_xact_lock(hashtext(current_schema()))").run()
        case .other:
            break
        }
    }
}
