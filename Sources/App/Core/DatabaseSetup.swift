import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

/// SQLite in a file is the embedded default; `DATABASE_URL=postgres://…`
/// selects PostgreSQL for scale-out. Tests use the same switch.
enum DatabaseSetup {
    static let defaultSQLitePath = "ctg.sqlite"
    static let sqliteThreads = 8
    /// Writes are served one at a time, so a burst of saves queues for the connections:
    /// a request waits this long for one before failing (Fluent's default is 10 s).
    static let poolTimeout: TimeAmount = .seconds(60)
    /// Tests run hundreds of applications against one server at once, so a test's burst of
    /// concurrent writes can queue far longer than a person would; there the wait is not what
    /// is tested, and a genuine deadlock still fails, only later.
    static let testPoolTimeout: TimeAmount = .seconds(600)

    /// Where the data lives. Tests pass an isolated store; the binary reads the environment.
    enum Store: Sendable {
        case fromEnvironment
        /// A throw-away store: an in-memory SQLite, or a private PostgreSQL schema
        /// when `DATABASE_URL` is set, so each test starts from nothing.
        case isolated(name: String)
        /// A SQLite file whatever the environment says: tests of what two processes sharing
        /// one file see.
        case sqliteFile(path: String)
    }

    static func configure(_ app: Application, store: Store = .fromEnvironment) throws {
        let forcedFile: String? = if case .sqliteFile(let path) = store { path } else { nil }
        if forcedFile == nil, let url = Environment.get("DATABASE_URL"), !url.isEmpty {
            var config = try SQLPostgresConfiguration(url: url)
            if case .isolated(let name) = store {
                config.searchPath = [name]
            }
            // Tests run many apps at once; one connection per event loop keeps them under the server's limit.
            let perLoop = if case .isolated = store { 1 } else { 4 }
            let schema: String? = if case .isolated(let name) = store { name } else { nil }
            app.storage[EngineKey.self] = .postgres(PostgresTarget(url: url, schema: schema))
            let timeout = schema == nil ? poolTimeout : testPoolTimeout
            // A deployment may run several instances on one database: each listens for the others' writes.
            if schema != nil {
                app.contentVersions = ContentVersionBook(external: .unknown)
            } else {
                let notifications = ExternalWrites.Notifications()
                app.contentVersions = ContentVersionBook(external: .postgres(notifications))
                app.lifecycle.use(ContentListener(configuration: config.coreConfiguration,
                                                  schema: config.searchPath?.first ?? "public",
                                                  notifications: notifications))
            }
            app.databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: perLoop,
                                        connectionPoolTimeout: timeout, sqlLogLevel: .debug),
                              as: .psql)
        } else {
            let isolated = if case .isolated = store { true } else { false }
            let path = forcedFile ?? (isolated ? ":memory:" : (Environment.get("CTG_DB") ?? defaultSQLitePath))
            let config = SQLiteConfiguration(storage: path == ":memory:" ? .memory : .file(path: path))
            app.storage[EngineKey.self] = .sqlite
            if path != ":memory:" { app.storage[SQLiteFileKey.self] = path }
            app.contentVersions = ContentVersionBook(external: path == ":memory:" ? .unknown : .sqlite(path: path))
            // Every SQLite call runs on this pool, and a call waiting for another process's write
            // lock holds its thread; the default pool (one thread per core, shared by every
            // application in the process) would leave the lock holder no thread to finish on.
            app.threadPool = NIOThreadPool(numberOfThreads: sqliteThreads)
            app.databases.use(.sqlite(config, connectionPoolTimeout: poolTimeout, sqlLogLevel: .debug), as: .sqlite)
        }
    }

    enum Engine: Sendable {
        case sqlite
        case postgres(PostgresTarget)
    }

    /// What `pg_dump` needs to reach the same data as the app: the URL and, in tests, the schema.
    struct PostgresTarget: Sendable {
        var url: String
        var schema: String?
    }

    private struct EngineKey: StorageKey { typealias Value = Engine }
    private struct SQLiteFileKey: StorageKey { typealias Value = String }

    /// The SQLite file in use; nil in memory or on PostgreSQL.
    static func sqliteFile(_ app: Application) -> String? { app.storage[SQLiteFileKey.self] }

    static func engine(_ app: Application) -> Engine {
        app.storage[EngineKey.self] ?? .sqlite
    }

    /// `--db PATH` is ours, not Vapor's: take it out of the arguments before
    /// Vapor's command parser sees it, and pass it on through `CTG_DB`.
    public static func extractDatabaseFlag(from arguments: inout [String]) {
        guard let index = arguments.firstIndex(where: { $0 == "--db" || $0.hasPrefix("--db=") }) else { return }
        let flag = arguments[index]
        if flag.hasPrefix("--db=") {
            setenv("CTG_DB", String(flag.dropFirst(5)), 1)
            arguments.remove(at: index)
        } else if index + 1 < arguments.count {
            setenv("CTG_DB", arguments[index + 1], 1)
            arguments.removeSubrange(index...index + 1)
        }
    }
}

public func prepareEnvironment(_ env: inout Environment) {
    DatabaseSetup.extractDatabaseFlag(from: &env.arguments)
}
