import NIOConcurrencyHelpers
import Prometheus
import Vapor

/// The instance's Prometheus registry and the series every request feeds. One per
/// `Application` (not the process-wide `MetricsSystem`, which can be bootstrapped only once
/// and would mix the figures of the many apps a test run starts).
final class SiteMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let pageCache: PageCacheMetrics
    let inFlight: Gauge

    /// Series already made, by route and status: looked up under a lock, so a request after the
    /// first of its kind builds no label array and no string.
    private let requests = NIOLockedValueBox<[RequestKey: Counter]>([:])
    private let latencies = NIOLockedValueBox<[ObjectIdentifier?: DurationHistogram]>([:])

    /// From 1 ms to 5 s: a cached page answers in well under 1 ms, a heavy one in tens of ms.
    private static let buckets: [Duration] = [.milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
                                              .milliseconds(25), .milliseconds(50), .milliseconds(100),
                                              .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(5)]

    init() {
        pageCache = PageCacheMetrics(registry: registry)
        inFlight = registry.makeGauge(name: "ctg_http_requests_in_flight", help: "Requêtes en cours de traitement.")
    }

    private struct RequestKey: Hashable {
        let route: ObjectIdentifier?
        let status: UInt
    }

    func record(route: Route?, status: HTTPResponseStatus, duration: Duration) {
        let routeID = route.map(ObjectIdentifier.init)
        let key = RequestKey(route: routeID, status: status.code)
        let counter = requests.withLockedValue { made in
            if let c = made[key] { return c }
            let c = registry.makeCounter(name: "ctg_http_requests_total",
                                         labels: [("route", Self.label(route)), ("status", String(status.code))],
                                         help: "Requêtes HTTP traitées, par route et par statut.")
            made[key] = c
            return c
        }
        counter.increment()
        let histogram = latencies.withLockedValue { made in
            if let h = made[routeID] { return h }
            let h = registry.makeDurationHistogram(name: "ctg_http_request_duration_seconds",
                                                   labels: [("route", Self.label(route))], buckets: Self.buckets,
                                                   help: "Durée de traitement des requêtes HTTP, par route.")
            made[routeID] = h
            return h
        }
        histogram.record(duration)
    }

    /// The route's pattern ("/:territoire/plan"), never the address asked for: the number of
    /// series stays that of the routes, whatever addresses clients invent.
    private static func label(_ route: Route?) -> String {
        guard let route else { return "unmatched" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }
}

/// What the page cache reports: `hit()` when a page is served from it, `miss()` when it has to be rendered.
struct PageCacheMetrics: Sendable {
    private let hits: Counter
    private let misses: Counter

    init(registry: PrometheusCollectorRegistry) {
        hits = registry.makeCounter(name: "ctg_page_cache_hits_total", help: "Pages servies depuis le cache.")
        misses = registry.makeCounter(name: "ctg_page_cache_misses_total", help: "Pages rendues faute d'être en cache.")
    }

    func hit() { hits.increment() }
    func miss() { misses.increment() }
}

extension Application {
    private struct SiteMetricsKey: StorageKey { typealias Value = SiteMetrics }

    private struct MetricsTokenKey: StorageKey { typealias Value = String }

    /// Made by `configure` (before the server starts, so never raced).
    var metrics: SiteMetrics {
        get {
            guard let made = storage[SiteMetricsKey.self] else { fatalError("configure(_:) makes app.metrics") }
            return made
        }
        set { storage[SiteMetricsKey.self] = newValue }
    }

    /// CTG_METRICS_TOKEN, read by `configure`: a request bearing it may read /metrics from anywhere.
    var metricsToken: String? {
        get { storage[MetricsTokenKey.self] }
        set { storage[MetricsTokenKey.self] = newValue.flatMap { $0.isEmpty ? nil : $0 } }
    }

    /// For the lead's page cache: `app.pageCacheMetrics.hit()` / `.miss()`.
    var pageCacheMetrics: PageCacheMetrics { metrics.pageCache }
}
