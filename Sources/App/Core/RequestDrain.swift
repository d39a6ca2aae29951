import NIOConcurrencyHelpers
import Vapor

/// Requests inside the app's handlers, so a stop can wait for the last one before closing the
/// databases. The HTTP server's own drain gives up after `drainTimeout`; on a loaded machine a
/// request can still be waiting for a connection then, and the databases closed under it
/// crashed the process (a handler reached a Fluent that was no longer there).
final class RequestDrain: Sendable {
    private let state = NIOLockedValueBox<(running: Int, idle: [CheckedContinuation<Void, Never>])>((0, []))

    var running: Int { state.withLockedValue { $0.running } }

    func enter() { state.withLockedValue { $0.running += 1 } }

    func leave() {
        let waiters = state.withLockedValue { current -> [CheckedContinuation<Void, Never>] in
            current.running -= 1
            guard current.running == 0 else { return [] }
            defer { current.idle = [] }
            return current.idle
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns once no request is inside a handler. Requests end by themselves: each database
    /// wait has its own timeout, so this never waits forever.
    func waitUntilIdle() async {
        await withCheckedContinuation { continuation in
            let idle = state.withLockedValue { current -> Bool in
                if current.running == 0 { return true }
                current.idle.append(continuation)
                return false
            }
            if idle { continuation.resume() }
        }
    }

    struct Middleware: AsyncMiddleware {
        let drain: RequestDrain

        func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
            drain.enter()
            defer { drain.leave() }
            return try await next.respond(to: request)
        }
    }
}

extension Application {
    private struct RequestDrainKey: StorageKey { typealias Value = RequestDrain }

    /// Made by `configure`, before the first request.
    var requestDrain: RequestDrain {
        get { storage[RequestDrainKey.self] ?? RequestDrain() }
        set { storage[RequestDrainKey.self] = newValue }
    }
}
