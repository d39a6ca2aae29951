import Leaf
import Vapor

/// One random token per session. Every state-changing request must echo it,
/// as the `csrf` form field or the `X-CSRF-Token` header; another site can
/// make the browser send our cookie, but cannot read the token.
enum CSRF {
    static let sessionKey = "csrf"
    static let fieldName = "csrf"
    static let headerName = "X-CSRF-Token"
    static let refusal = "Le formulaire a expiré ou n'est pas valide. Rechargez la page et réessayez."
    /// Enough for any form of the site, including document uploads.
    static let maxBodySize = 16 * 1024 * 1024

    static func newToken() -> String {
        Data([UInt8].random(count: 32)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Compares without stopping at the first difference, so timing says nothing about the token.
    static func matches(_ provided: String, _ expected: String) -> Bool {
        let a = Array(provided.utf8), b = Array(expected.utf8)
        guard a.count == b.count, !a.isEmpty else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// This session's token, created (with the session) on first use. Put it in
    /// a page context, or use `#csrfField()` in a template.
    func csrfToken() -> String {
        if let token = session.data[CSRF.sessionKey] { return token }
        let token = CSRF.newToken()
        session.data[CSRF.sessionKey] = token
        return token
    }

    fileprivate func submittedCSRFToken() async throws -> String? {
        if let header = headers.first(name: CSRF.headerName) { return header }
        _ = try await body.collect(max: CSRF.maxBodySize).get()
        return try? content.get(String.self, at: CSRF.fieldName)
    }
}

/// Refuses POST, PUT, PATCH and DELETE without the session's token (403, in French).
struct CSRFMiddleware: AsyncMiddleware {
    static let safeMethods: [HTTPMethod] = [.GET, .HEAD, .OPTIONS]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard !Self.safeMethods.contains(request.method) else {
            return try await next.respond(to: request)
        }
        let expected = request.hasSession ? request.session.data[CSRF.sessionKey] : nil
        guard let expected, let provided = try await request.submittedCSRFToken(),
              CSRF.matches(provided, expected) else {
            throw AppError.forbidden(CSRF.refusal)
        }
        return try await next.respond(to: request)
    }
}

/// `#csrfField()`: the hidden input every form of the site includes.
struct CSRFFieldTag: UnsafeUnescapedLeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let request = ctx.request else { return .string("") }
        return .string("<input type=\"hidden\" name=\"\(CSRF.fieldName)\" value=\"\(request.csrfToken())\">")
    }
}
