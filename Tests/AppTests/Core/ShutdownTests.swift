@testable import App
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import Testing
import Vapor
import VaporTesting

/// SIGTERM while pages are being served used to crash the process one time in two:
/// Vapor closed the databases before the HTTP server, under requests still running.
@Suite struct ShutdownTests {
    @Test func inFlightRequestsFinishBeforeTheDatabasesClose() async throws {
        try await withApp { app in
            // A page that is sure to be in flight at the stop: it waits, then reads the database.
            let entered = Mutex(0)
            app.get("lent") { req async throws -> String in
                entered.withLock { $0 += 1 }
                try await Task.sleep(for: .milliseconds(300))
                return "<html>\(try await SousAction.query(on: req.db).count())</html>"
            }
            app.http.server.configuration.hostname = "127.0.0.1"
            app.http.server.configuration.port = 0
            // What is tested is the order, not the drain's time limit: on a loaded machine the
            // 16 requests may take longer than production's 10 s, and a debug build of Vapor
            // asserts when that limit is reached.
            app.http.server.configuration.shutdownTimeout = .seconds(300)
            try await app.server.start(address: nil)
            let port = try #require(app.http.server.shared.localAddress?.port)
            let url = URL(string: "http://127.0.0.1:\(port)/lent")!

            let outcomes = try await withThrowingTaskGroup(of: Outcome.self) { group in
                for _ in 0..<16 {
                    group.addTask { await Outcome.fetch(url) }
                }
                // Stop as SIGTERM does once every request is inside a handler (on a loaded
                // machine, this can take seconds).
                for _ in 0..<6_000 where entered.withLock({ $0 }) < 16 {
                    try await Task.sleep(for: .milliseconds(10))
                }
                #expect(entered.withLock { $0 } == 16)
                try await shutDownInOrder(app)
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(app.didShutdown)
            // Every request accepted before the stop got its whole page.
            let complete = outcomes.filter { if case .complete = $0 { true } else { false } }.count
            #expect(complete == outcomes.count, "\(outcomes)")
        }
    }
}

extension ShutdownTests {
    /// A request still in its handler when the server has stopped (its drain gave up on a loaded
    /// machine, or the request came from elsewhere) must find the database open: it used to
    /// find Fluent gone, and the process crashed. In memory, without the HTTP server: a debug
    /// build of Vapor asserts when the server's own drain times out.
    @Test func aRequestStillInItsHandlerAtTheStopFindsTheDatabase() async throws {
        try await withApp { app in
            let finished = Mutex<Int?>(nil)
            let entered = Mutex(false)
            app.get("tres-lent") { req async throws -> String in
                entered.withLock { $0 = true }
                try await Task.sleep(for: .milliseconds(800))
                let count = try await SousAction.query(on: req.db).count()
                finished.withLock { $0 = count }
                return "<html>\(count)</html>"
            }
            async let response = app.testing().sendRequest(.GET, "/tres-lent")
            for _ in 0..<6_000 where !entered.withLock({ $0 }) {
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(entered.withLock { $0 })
            try await shutDownInOrder(app)
            #expect(app.didShutdown)
            #expect(finished.withLock { $0 } == 46)
            #expect(try await response.status == .ok)
        }
    }
}

private enum Outcome: Sendable, CustomStringConvertible {
    case complete
    case refused
    case broken(String)

    static func fetch(_ url: URL) async -> Outcome {
        var request = URLRequest(url: url)
        request.timeoutInterval = 300
        do {
            let (data, response) = try await URLSession.shared.data(for: request)
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            let body = String(decoding: data, as: UTF8.self)
            return status == 200 && body.contains("</html>") ? .complete : .broken("HTTP \(status), \(data.count) octets")
        } catch let error as URLError where error.code == .cannotConnectToHost {
            return .refused
        } catch {
            return .broken(String(describing: error))
        }
    }

    var description: String {
        switch self {
        case .complete: "complète"
        case .refused: "refusée"
        case .broken(let why): "interrompue (\(why))"
        }
    }
}
