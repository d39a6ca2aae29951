@testable import App
import Synchronization
import Testing
import Vapor
import VaporTesting

/// Issue 9, P2: visitors asking at once for a page that is not cached wait for one rendering.
@Suite struct RenderGateTests {
    @Test func concurrentVisitorsOfAMissingPageRenderItOnce() async throws {
        try await withApp(seeded: false) { app in
            let renderings = Mutex(0)
            app.grouped(PageCacheMiddleware()).get("lente") { _ async throws -> Response in
                renderings.withLock { $0 += 1 }
                // Slow enough that every request arrives while the first is still rendering.
                try await Task.sleep(for: .milliseconds(300))
                return Response(status: .ok, headers: ["Content-Type": "text/html"], body: "<p>page lente</p>")
            }
            let bodies = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await app.testing().sendRequest(.GET, "/lente").body.string }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(bodies == Array(repeating: "<p>page lente</p>", count: 8))
            #expect(renderings.withLock { $0 } == 1)
        }
    }

    @Test func followersRenderThemselvesWhenTheLeadersPageCannotBeKept() async throws {
        try await withApp(seeded: false) { app in
            let renderings = Mutex(0)
            app.grouped(PageCacheMiddleware()).get("refus") { _ async throws -> Response in
                let turn = renderings.withLock { $0 += 1; return $0 }
                try await Task.sleep(for: .milliseconds(200))
                return Response(status: turn == 1 ? .serviceUnavailable : .ok, body: .init(string: "essai \(turn)"))
            }
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await app.testing().sendRequest(.GET, "/refus").status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // Nobody is left waiting, and nobody is given the leader's error page as theirs.
            #expect(statuses.count == 4)
            #expect(statuses.filter { $0 == .serviceUnavailable }.count == 1)
        }
    }
}
