import Vapor

/// Headers that tell the browser what this site never does, on every response
/// (pages, exports, error pages, static files).
///
/// The policy follows the templates: no inline script (no `<script>` block, no `on…=`
/// handler; a script file under /Public would be allowed), styles from /css only, and no
/// frame, plugin or foreign form target.
/// The one exception is `style-src-attr 'unsafe-inline'`: the progress bars set
/// their width in a `style` attribute, which cannot run script. Server-made SVG
/// (charts, Gantt) uses presentation attributes only, which CSP does not restrict.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "style-src 'self'", "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
        "frame-ancestors 'none'",
    ].joined(separator: "; ")

    static let headers: [(String, String)] = [
        ("Content-Security-Policy", contentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
        // For browsers that predate `frame-ancestors`.
        ("X-Frame-Options", "DENY"),
    ]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        for (name, value) in Self.headers {
            // A page may ask for a stricter Referrer-Policy (the password link's `no-referrer`,
            // whose address carries a token); the other headers are never the page's to weaken.
            if name == "Referrer-Policy", !response.headers[name].isEmpty { continue }
            response.headers.replaceOrAdd(name: name, value: value)
        }
        return response
    }
}
