import FluentPostgresDriver
import NIOConcurrencyHelpers
import Vapor

/// Several instances share one PostgreSQL: each listens on `ctg_content`, which the triggers
/// notify at commit, so a page cached here is dropped as soon as another instance writes.
/// While the connection is down, `Notifications` reports no count and every request asks the
/// database: a lost connection slows pages down but never serves a stale one.
final class ContentListener: LifecycleHandler, Sendable {
    let configuration: PostgresConnection.Configuration
    let schema: String
    let notifications: ExternalWrites.Notifications
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(configuration: PostgresConnection.Configuration, schema: String, notifications: ExternalWrites.Notifications) {
        self.configuration = configuration
        self.schema = schema
        self.notifications = notifications
    }

    func didBoot(_ app: Application) throws {
        // Only a serving instance caches pages; a command (`ctg import`…) has nothing to hear.
        guard isServing(app) else { return }
        let logger = app.logger
        let loop = app.eventLoopGroup.next()
        let running = Task { [self] in
            var attempt = 0
            while !Task.isCancelled {
                do {
                    try await listenOnce(on: loop, logger: logger)
                } catch {
                    if !Task.isCancelled {
                        logger.warning("Écoute des modifications (LISTEN) interrompue : \(String(describing: error))")
                    }
                }
                notifications.listening(false)
                attempt = min(attempt + 1, 5)
                try? await Task.sleep(for: .milliseconds(200 * attempt))
            }
        }
        task.withLockedValue { $0 = running }
    }

    private func listenOnce(on loop: any EventLoop, logger: Logger) async throws {
        let connection = try await PostgresConnection.connect(on: loop, configuration: configuration,
                                                              id: 0, logger: logger).get()
        do {
            try await connection.listen(on: ContentVersionTriggers.notifyChannel) { stream in
                notifications.listening(true)
                for try await notification in stream where notification.payload == schema {
                    notifications.received()
                }
            }
        } catch {
            try? await connection.close()
            throw error
        }
        try? await connection.close()
    }

    func shutdown(_ app: Application) {
        task.withLockedValue { $0?.cancel() }
    }

    /// Waits for the connection to be closed: PostgresNIO insists on it before the loops stop.
    func shutdownAsync(_ app: Application) async {
        let running = task.withLockedValue { current in
            defer { current = nil }
            return current
        }
        running?.cancel()
        await running?.value
    }
}

/// `ctg serve`, or no command at all (which serves too); never `ctg --help` or `ctg serve -h`.
func isServing(_ app: Application) -> Bool {
    let arguments = app.environment.arguments.dropFirst()
    guard !isAskingForHelp(app) else { return false }
    return arguments.first.map { $0 == "serve" || $0.hasPrefix("-") } ?? true
}

/// Help must not create, migrate or lock a database file in the directory it is typed in.
func isAskingForHelp(_ app: Application) -> Bool {
    app.environment.arguments.dropFirst().contains { $0 == "--help" || $0 == "-h" }
}
