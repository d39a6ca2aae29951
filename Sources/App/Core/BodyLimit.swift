import Vapor

/// The largest request body the site reads. Every form of the site fits in a few
/// kilobytes (the longest field, a comment, is a few thousand characters), so
/// 1 MB leaves room without letting a client make the server hold megabytes per request.
/// A route that takes a file (the council CSV upload) opts into the larger limit
/// with `.bodyLimit(BodyLimit.upload)`.
enum BodyLimit {
    static let standard = 1024 * 1024
    /// The same ceiling as a plan document (issue 7 §1: 5 MB).
    static let upload = 5 * 1024 * 1024
    static let routeKey: AnySendableHashable = "ctg.bodyLimit"

    static func limit(for request: Request) -> Int {
        (request.route?.userInfo[routeKey] as? Int) ?? standard
    }
}

extension Route {
    /// Lets this route's requests carry up to `bytes` of body instead of `BodyLimit.standard`.
    @discardableResult
    func bodyLimit(_ bytes: Int) -> Route {
        userInfo[BodyLimit.routeKey] = bytes
        return self
    }
}

/// Refuses a body over the route's limit with a 413 (French page from
/// ErrorPageMiddleware), before any other middleware reads it: a declared
/// `Content-Length` is refused at once, a chunked body as soon as it grows past
/// the limit. The body is collected here, so later readers (CSRF, the route) find it ready.
struct BodyLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = BodyLimit.limit(for: request)
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw Abort(.payloadTooLarge)
        }
        if let collected = request.body.data {
            guard collected.readableBytes <= limit else { throw Abort(.payloadTooLarge) }
        } else {
            _ = try await request.body.collect(max: limit).get()
        }
        return try await next.respond(to: request)
    }
}
