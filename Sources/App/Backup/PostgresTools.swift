import Foundation

/// `pg_dump` and `pg_restore`, run as child processes against the database
/// named by `DATABASE_URL` (and, in tests, one schema of it).
enum PostgresTools {
    static func dump(_ target: DatabaseSetup.PostgresTarget, to path: String) throws {
        var arguments = ["--format=custom", "--no-owner", "--file=\(path)", "--dbname=\(target.url)"]
        if let schema = target.schema { arguments.append("--schema=\(schema)") }
        try run("pg_dump", arguments)
    }

    /// One transaction: a restore that fails leaves the database as it was.
    static func restore(_ target: DatabaseSetup.PostgresTarget, from path: String) throws {
        var arguments = ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--exit-on-error",
                         "--dbname=\(target.url)"]
        if let schema = target.schema { arguments.append("--schema=\(schema)") }
        arguments.append(path)
        try run("pg_restore", arguments)
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        guard let executable = locate(tool) else {
            throw AppError.unavailable("« \(tool) » est introuvable : installez le paquet postgresql-client (même version que le serveur).")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw AppError.unavailable("« \(tool) » a échoué (code \(process.terminationStatus)) : \(detail)")
        }
    }

    private static func locate(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
