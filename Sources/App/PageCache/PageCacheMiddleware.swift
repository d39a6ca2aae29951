import Vapor

/// Serves a public page from `PageCache` when the content version has not moved since it was
/// rendered, without touching the database when `ContentVersionBook` can vouch for the version.
/// Only for visitors carrying none of our cookies: a signed-in page shows forms and progress
/// meant for one person, and is rendered for each request.
struct PageCacheMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET, Self.isAnonymous(request) else {
            return try await next.respond(to: request)
        }
        let app = request.application
        let cache = app.pageCache
        let (version, _) = try await app.contentVersions.version(on: request.db)
        let key = Self.key(request, day: app.pilotageClock.fixedDay?.description ?? cache.today())
        if let entry = cache.entry(key, version: version) {
            app.pageCacheMetrics.hit()
            return Self.response(entry, for: request)
        }
        // The gate's key carries the version: a write during the rendering starts a new round.
        let gateKey = "\(version) \(key)"
        switch await cache.gate.join(gateKey) {
        case .follow(let entry?):
            app.pageCacheMetrics.hit()
            return Self.response(entry, for: request)
        case .follow(nil):
            // The leader's page could not be kept (an error, a cookie): render this one alone.
            return try await next.respond(to: request)
        case .lead:
            var entry: PageCache.Entry?
            defer { cache.gate.finish(gateKey, with: entry) }
            app.pageCacheMetrics.miss()
            let response = try await next.respond(to: request)
            guard response.status == .ok, !response.headers.contains(name: .setCookie),
                  let body = response.body.buffer else { return response }
            let made = PageCache.Entry(version: version, body: body,
                                       contentType: response.headers.first(name: .contentType) ?? "text/html; charset=utf-8",
                                       etag: "\"\(version)-\(Self.digest(key))\"")
            cache.save(made, for: key)
            entry = made
            response.headers.replaceOrAdd(name: .eTag, value: made.etag)
            return response
        }
    }

    static func isAnonymous(_ request: Request) -> Bool {
        guard let cookie = request.headers.first(name: .cookie) else { return true }
        return !cookie.contains(AccountsSetup.cookieName) && !cookie.contains(AnonymousCSRF.cookieName)
    }

    /// The host takes part: a page may carry absolute addresses.
    static func key(_ request: Request, day: String) -> String {
        "\(day) \(request.headers.first(name: .host) ?? "") \(request.url.string)"
    }

    static func response(_ entry: PageCache.Entry, for request: Request) -> Response {
        if request.headers.first(name: .ifNoneMatch)?.contains(entry.etag) == true {
            return Response(status: .notModified, headers: ["ETag": entry.etag])
        }
        return Response(status: .ok, headers: ["Content-Type": entry.contentType, "ETag": entry.etag],
                        body: .init(buffer: entry.body))
    }

    /// FNV-1a: stable across runs and instances (Swift's `hashValue` is seeded per process), so
    /// two instances behind one proxy give the same page the same tag.
    static func digest(_ key: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 36)
    }
}
