import NIOConcurrencyHelpers
import Vapor

/// Mail sent after the answer has left. Why: « mot de passe oublié » must answer in the same time
/// whether or not the address has an account; an SMTP exchange made only for real accounts, before
/// answering, would tell them apart. Shutdown, and tests, wait for what is still being sent.
final class MailOutbox: LifecycleHandler, Sendable {
    private let running = NIOLockedValueBox<[UUID: Task<Void, Never>]>([:])

    /// Runs `work` in the background; a failure is logged in French, never shown to the visitor.
    func post(logger: Logger, _ work: @escaping @Sendable () async throws -> Void) {
        let id = UUID()
        running.withLockedValue { tasks in
            // Created under the lock, so the task's own removal always finds it.
            tasks[id] = Task { [self] in
                do { try await work() } catch {
                    logger.warning("Courriel non envoyé : \(userMessage(for: error))")
                }
                _ = running.withLockedValue { $0.removeValue(forKey: id) }
            }
        }
    }

    /// Until every posted message has been sent or has failed.
    func drain() async {
        while true {
            let pending = running.withLockedValue { Array($0.values) }
            if pending.isEmpty { return }
            for task in pending { await task.value }
        }
    }

    func shutdownAsync(_ app: Application) async { await drain() }
}

extension Application {
    private struct MailOutboxKey: StorageKey { typealias Value = MailOutbox }

    /// Set by `MailSetup.configure`, always (tests give the app a mailer of their own later).
    var mailOutbox: MailOutbox {
        get { storage[MailOutboxKey.self] ?? MailOutbox() }
        set { storage[MailOutboxKey.self] = newValue }
    }
}
