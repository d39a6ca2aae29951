@testable import App
import Fluent
import FluentPostgresDriver
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The one way tests get an application: a fresh, migrated database of its own
/// (in-memory SQLite, or a private PostgreSQL schema when DATABASE_URL is set),
/// with the bundled Saint-Eloy document imported unless `seeded` is false.
/// VaporTesting ships a `withApp` of this exact signature that builds a bare,
/// unconfigured app; declared here, ours shadows it in every test of this module.
func withApp<T>(_ body: (Application) async throws -> T) async throws -> T {
    var result: T?
    try await withApp(seeded: true) { result = try await body($0) }
    return result!
}

func withApp(seeded: Bool, _ body: (Application) async throws -> Void) async throws {
    // On PostgreSQL every living app holds connections of the one server: with 750 tests
    // started at once they went past max_connections ("too many clients"). A test waits for
    // a slot; a withApp inside another keeps its parent's.
    guard isPostgres, !AppSlots.held else { return try await withFreshApp(seeded: seeded, body) }
    await AppSlots.shared.acquire()
    do {
        try await AppSlots.$held.withValue(true) { try await withFreshApp(seeded: seeded, body) }
    } catch {
        await AppSlots.shared.release()
        throw error
    }
    await AppSlots.shared.release()
}

/// At most `limit` test apps alive at once on PostgreSQL.
actor AppSlots {
    static let shared = AppSlots(limit: Environment.get("CTG_TEST_APPS").flatMap(Int.init) ?? 120)
    @TaskLocal static var held = false

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { free = limit }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

private func withFreshApp(seeded: Bool, _ body: (Application) async throws -> Void) async throws {
    _ = quietLogging
    let app = try await Application.make(.testing)
    app.directory = DirectoryConfiguration(workingDirectory: TestPaths.packageRoot + "/")
    let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
    var failure: (any Error)?
    do {
        try await configure(app, store: .isolated(name: String(schema)))
        try await createSchemaIfPostgres(app, String(schema))
        try await app.autoMigrate()
        if seeded {
            try await BundledDocument.loadIfEmpty(app)
        }
        try await body(app)
    } catch {
        failure = error
    }
    // The app is always shut down, even when dropping the schema fails (a crowded PostgreSQL):
    // an app left open crashes the whole test process when it is freed. A test of the
    // shutdown sequence has already closed it.
    if !app.didShutdown {
        do {
            try await dropSchemaIfPostgres(app, String(schema))
        } catch {
            failure = failure ?? error
        }
        try await app.asyncShutdown()
    } else {
        // Its own pool is gone: a connection of its own, or the schema stays behind and every
        // later pg_dump of the test database reads its tables' catalog.
        do {
            try await dropSchemaAfterShutdown(String(schema))
        } catch {
            failure = failure ?? error
        }
    }
    if let failure { throw failure }
}

/// Request and migration logs drown test failures; LOG_LEVEL=info brings them back.
private let quietLogging: Void = {
    let level = Environment.get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .warning
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
    }
}()

private func createSchemaIfPostgres(_ app: Application, _ schema: String) async throws {
    guard isPostgres else { return }
    try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA IF NOT EXISTS \(unsafeRaw: schema)").run()
}

private func dropSchemaIfPostgres(_ app: Application, _ schema: String) async throws {
    guard isPostgres else { return }
    try await (app.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(unsafeRaw: schema) CASCADE").run()
}

private func dropSchemaAfterShutdown(_ schema: String) async throws {
    guard isPostgres, let url = Environment.get("DATABASE_URL") else { return }
    let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
    let logger = Logger(label: "test-schema")
    let connection = try await PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                          configuration: configuration, id: 0, logger: logger)
    do {
        try await connection.query("DROP SCHEMA IF EXISTS \"\(unescaped: schema)\" CASCADE", logger: logger)
    } catch {
        try? await connection.close()
        throw error
    }
    try await connection.close()
}

private var isPostgres: Bool {
    !(Environment.get("DATABASE_URL") ?? "").isEmpty
}

enum TestPaths {
    /// Tests/AppTests/Support/WithApp.swift → the package root.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var seedDocument: String { packageRoot + "/Resources/Documents/saint-eloy-ctg-2022.txt" }
}

/// An application on a SQLite file, as `ctg serve` runs it, shut down after the body.
func withFileApp(_ path: String, seeded: Bool, _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    app.directory = DirectoryConfiguration(workingDirectory: TestPaths.packageRoot + "/")
    var failure: (any Error)?
    do {
        try await configure(app, store: .sqliteFile(path: path))
        try await app.autoMigrate()
        if seeded { try await BundledDocument.loadIfEmpty(app) }
        try await body(app)
    } catch {
        failure = error
    }
    try await app.asyncShutdown()
    if let failure { throw failure }
}
