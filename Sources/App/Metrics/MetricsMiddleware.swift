import NIOCore
import Vapor

/// Counts every request by route and status and times it. Outermost, so that the time
/// includes the other middleware and the status is the one sent (error pages included).
struct MetricsMiddleware: AsyncMiddleware {
    let metrics: SiteMetrics

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        metrics.inFlight.increment()
        defer { metrics.inFlight.decrement() }
        do {
            let response = try await next.respond(to: request)
            metrics.record(route: request.route, status: response.status, duration: ContinuousClock.now - start)
            return response
        } catch {
            let status = (error as? any AbortError)?.status ?? .internalServerError
            metrics.record(route: request.route, status: status, duration: ContinuousClock.now - start)
            throw error
        }
    }
}

/// `GET /metrics` in Prometheus text format, for a scraper on the same machine or one that
/// sends `Authorization: Bearer <CTG_METRICS_TOKEN>`. Anyone else gets the site's 404, so the
/// address does not even show that it exists.
enum MetricsController {
    static func show(_ req: Request) async throws -> Response {
        let metrics = req.application.metrics
        guard isLocal(req) || hasToken(req, req.application.metricsToken) else {
            throw AppError.notFound(HTTPStatusMessage.french(.notFound))
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(16_384)
        metrics.registry.emit(into: &buffer)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "plain", parameters: ["version": "0.0.4", "charset": "utf-8"])
        headers.cacheControl = .init(noStore: true)
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: buffer)))
    }

    /// A loopback peer that is not a reverse proxy passing on someone else's request: behind
    /// nginx on the same machine every request comes from 127.0.0.1, with a forwarding header.
    static func isLocal(_ req: Request) -> Bool {
        let forwarded = ["X-Forwarded-For", "Forwarded", "X-Real-IP"].contains { req.headers.first(name: $0) != nil }
        guard !forwarded, let peer = req.remoteAddress else { return false }
        switch peer {
        case .v4(let address): return address.address.sin_addr.s_addr.bigEndian >> 24 == 127
        case .v6: return peer.ipAddress == "::1"
        case .unixDomainSocket: return false
        }
    }

    /// Compared in constant time, so the answer's timing says nothing of how much of it matched.
    static func hasToken(_ req: Request, _ token: String?) -> Bool {
        guard let token, let sent = req.headers.bearerAuthorization?.token else { return false }
        let a = Array(token.utf8), b = Array(sent.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
