import Fluent
import NIOConcurrencyHelpers
import NIOCore
import SQLKit
import Vapor

/// Fluent's session records never expire by themselves. Anything older than the
/// longest session lifetime is of no use: it is deleted at each successful
/// sign-in, and every hour by `Schedule`, so a site nobody signs in to still
/// forgets its old sessions.
enum SessionHousekeeping {
    static let firstRun: TimeAmount = .minutes(1)
    static let interval: TimeAmount = .hours(1)

    static func prune(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let days = Int(AccountsSetup.sessionLifetime / 86_400)
        // `created_at` is set by the database (CURRENT_TIMESTAMP), so the cut-off is computed there too.
        if sql.dialect.name == "sqlite" {
            try await sql.raw("DELETE FROM _fluent_sessions WHERE created_at < datetime('now', \(bind: "-\(days) days"))").run()
        } else {
            try await sql.raw("DELETE FROM _fluent_sessions WHERE created_at < now() - \(bind: "\(days) days")::interval").run()
        }
    }

    /// Runs `prune` on the application's event loop, from boot to shutdown;
    /// shutdown waits for a prune under way, so the database closes after it.
    final class Schedule: LifecycleHandler, Sendable {
        private let task = NIOLockedValueBox<RepeatedTask?>(nil)

        var isRunning: Bool { task.withLockedValue { $0 != nil } }

        func didBoot(_ app: Application) throws {
            let loop = app.eventLoopGroup.next()
            let repeated = loop.scheduleRepeatedAsyncTask(initialDelay: firstRun, delay: interval) { _ in
                loop.makeFutureWithTask {
                    do {
                        try await prune(on: app.db)
                    } catch {
                        // A busy database or a lost connection: the next run will catch up.
                        app.logger.warning("Nettoyage des sessions expirées impossible : \(String(describing: error))")
                    }
                }
            }
            task.withLockedValue { $0 = repeated }
        }

        func shutdown(_ app: Application) {
            takeTask()?.cancel()
        }

        func shutdownAsync(_ app: Application) async {
            guard let repeated = takeTask() else { return }
            let stopped = app.eventLoopGroup.next().makePromise(of: Void.self)
            repeated.cancel(promise: stopped)
            try? await stopped.futureResult.get()
        }

        private func takeTask() -> RepeatedTask? {
            task.withLockedValue { current in
                defer { current = nil }
                return current
            }
        }
    }
}
