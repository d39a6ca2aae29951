import Foundation
import NIOPosix

/// `pg_dump` and `pg_restore`, run as child processes against the database
/// named by `DATABASE_URL` (and, in tests, one schema of it).
enum PostgresTools {
    static func dump(_ target: DatabaseSetup.PostgresTarget, to path: String, on pool: NIOThreadPool) async throws {
        var arguments = ["--format=custom", "--no-owner", "--file=\(path)", "--dbname=\(target.url)"]
        if let schema = target.schema { arguments.append("--schema=\(schema)") }
        try await run("pg_dump", arguments, on: pool)
    }

    /// One transaction: a restore that fails leaves the database as it was.
    static func restore(_ target: DatabaseSetup.PostgresTarget, from path: String, on pool: NIOThreadPool) async throws {
        var arguments = ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--exit-on-error",
                         "--dbname=\(target.url)"]
        if let schema = target.schema { arguments.append("--schema=\(schema)") }
        arguments.append(path)
        try await run("pg_restore", arguments, on: pool)
    }

    private static func run(_ tool: String, _ arguments: [String], on pool: NIOThreadPool) async throws {
        guard let executable = locate(tool) else {
            throw AppError.unavailable("« \(tool) » est introuvable : installez le paquet postgresql-client (même version que le serveur).")
        }
        let outcome = try await ChildProcess.run(executable, arguments, on: pool)
        guard outcome.status == 0 else {
            throw AppError.unavailable("« \(tool) » a échoué (code \(outcome.status)) : \(outcome.errorOutput)")
        }
    }

    private static func locate(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
