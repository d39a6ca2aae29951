import Fluent
import Foundation
import SQLKit
import Vapor

/// Two instances started together on one empty database must load the bundled document and the
/// demonstration once, not twice: the first start runs under a lock both engines can give across
/// processes. PostgreSQL: a session advisory lock, held by one pooled connection for the duration.
/// SQLite: `flock` on a file beside the database (SQLite's own lock lasts one transaction, and the
/// first start is several).
enum StartupLock {
    static let advisoryKey: Int64 = 0x6374_6701  // "ctg" 1

    static func run<T: Sendable>(_ app: Application, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        switch DatabaseSetup.engine(app) {
        case .postgres:
            return try await app.db.withConnection { connection in
                guard let sql = connection as? any SQLDatabase else { return try await body() }
                try await sql.raw("SELECT pg_advisory_lock(\(bind: advisoryKey))").run()
                do {
                    let result = try await body()
                    try await sql.raw("SELECT pg_advisory_unlock(\(bind: advisoryKey))").run()
                    return result
                } catch {
                    _ = try? await sql.raw("SELECT pg_advisory_unlock(\(bind: advisoryKey))").run()
                    throw error
                }
            }
        case .sqlite:
            guard let path = DatabaseSetup.sqliteFile(app) else { return try await body() }
            let fd = open(path + "-startup.lock", O_CREAT | O_RDWR, 0o644)
            guard fd >= 0 else { return try await body() }
            defer { close(fd) }
            // Blocking, but only at start, before the server listens: a thread waits for the other
            // process's first start to finish, seconds at most.
            await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
                DispatchQueue.global().async { _ = flock(fd, LOCK_EX); done.resume() }
            }
            defer { _ = flock(fd, LOCK_UN) }
            return try await body()
        }
    }
}
