@testable import App
import NIOCore
import Testing
import Vapor
import VaporTesting

/// Issue 9: /metrics in Prometheus format, for loopback or a token holder only.
@Suite struct MetricsTests {
    @Test func strangersGetTheSiteNotFoundPage() async throws {
        try await withApp { app in
            app.metricsToken = "secret-du-test"
            let anonymous = try await Browser(app).get("/metrics")
            #expect(anonymous.status == .notFound)
            #expect(anonymous.body.string.contains("Cette page n&#39;existe pas."))
            #expect(!anonymous.body.string.contains("ctg_http_requests_total"))
            let wrong = try await app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer secret-du-tesT"])
            #expect(wrong.status == .notFound)
        }
    }

    @Test func aTokenHolderReadsRequestsLatenciesAndCacheCounters() async throws {
        try await withApp { app in
            app.metricsToken = "secret-du-test"
            let browser = Browser(app)
            _ = try await browser.get(Seed.path(.plan))
            _ = try await browser.get(Seed.path(.plan))
            // An unknown territory matches the route "/:territoire"; this address matches no route.
            _ = try await browser.get("/nulle/part/\(UUID().uuidString)/a/b/c/d")
            app.pageCacheMetrics.hit()
            app.pageCacheMetrics.hit()
            app.pageCacheMetrics.miss()
            let res = try await app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer secret-du-test"])
            #expect(res.status == .ok)
            #expect(res.headers.contentType?.subType == "plain")
            let text = res.body.string
            #expect(text.contains(#"ctg_http_requests_total{route="/:territoire/plan",status="200"} 2"#))
            // An unknown address is counted under one label, never under the address itself.
            #expect(text.contains(#"ctg_http_requests_total{route="unmatched",status="404"} 1"#))
            #expect(!text.contains("nulle"))
            #expect(text.contains(#"ctg_http_request_duration_seconds_count{route="/:territoire/plan"} 2"#))
            #expect(text.contains("ctg_page_cache_hits_total 3"))  // the second /plan (from the cache) and two by hand
            #expect(text.contains("ctg_page_cache_misses_total 2"))  // the first /plan (rendered) and one by hand
        }
    }

    @Test func onlyAnUnforwardedLoopbackPeerIsLocal() async throws {
        try await withApp(seeded: false) { app in
            func request(from ip: String?, headers: HTTPHeaders = [:]) throws -> Request {
                Request(application: app, method: .GET, url: "/metrics", headers: headers,
                        remoteAddress: try ip.map { try SocketAddress(ipAddress: $0, port: 40000) },
                        on: app.eventLoopGroup.next())
            }
            let loopback = try request(from: "127.0.0.1"), loopback6 = try request(from: "::1")
            let lan = try request(from: "192.168.1.20"), unknown = try request(from: nil)
            // nginx on the same machine: the peer is loopback, the client is not.
            let proxied = try request(from: "127.0.0.1", headers: ["X-Forwarded-For": "203.0.113.9"])
            #expect(MetricsController.isLocal(loopback))
            #expect(MetricsController.isLocal(loopback6))
            #expect(!MetricsController.isLocal(lan))
            #expect(!MetricsController.isLocal(unknown))
            #expect(!MetricsController.isLocal(proxied))
        }
    }
}
