import Leaf
import Vapor

/// One random token per signed-in session (per browser, in a signed cookie, for
/// visitors: `AnonymousCSRF`). Every state-changing request must echo it,
/// as the `csrf` form field or the `X-CSRF-Token` header; another site can
/// make the browser send our cookie, but cannot read the token.
enum CSRF {
    static let sessionKey = "csrf"
    static let fieldName = "csrf"
    static let headerName = "X-CSRF-Token"
    static let refusal = "Le formulaire a expiré ou n'est pas valide. Rechargez la page et réessayez."
    /// Only a ceiling: BodyLimitMiddleware has already read the body, within the route's limit.
    static let maxBodySize = BodyLimit.upload

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
    /// The token to put in a form: the session's for a signed-in user (created on
    /// first use), else the anonymous cookie's (`AnonymousCSRF`), so that a visitor
    /// who is not signed in never gets a session row. Put it in a page context, or
    /// use `#csrfField()` in a template.
    func csrfToken() -> String {
        guard hasSignedInSession else { return anonymousCSRFToken() }
        if let token = session.data[CSRF.sessionKey] { return token }
        let token = CSRF.newToken()
        session.data[CSRF.sessionKey] = token
        return token
    }

    /// Whether this request carries a session with a user in it (read after UserSessionAuthenticator).
    var hasSignedInSession: Bool {
        hasSession && session.data[SessionKeys.userID] != nil
    }

    fileprivate func submittedCSRFToken() async throws -> String? {
        if let header = headers.first(name: CSRF.headerName) { return header }
        _ = try await body.collect(max: CSRF.maxBodySize).get()
        return try? content.get(String.self, at: CSRF.fieldName)
    }
}

/// Refuses POST, PUT, PATCH and DELETE to a route without the expected token (403, in French).
struct CSRFMiddleware: AsyncMiddleware {
    static let safeMethods: [HTTPMethod] = [.GET, .HEAD, .OPTIONS]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // No route (a 404, or a 405 for a known address): nothing would run, so nothing to protect.
        // JSON under /api/ (issue 10's public registration API): a cross-site page cannot send it
        // without a CORS preflight, which this site never answers, and it acts for nobody signed in.
        let isAPIJSON = request.url.path.hasPrefix("/api/") && request.headers.contentType == .json
        if !Self.safeMethods.contains(request.method), request.route != nil, !isAPIJSON {
            guard let provided = try await request.submittedCSRFToken(), Self.isExpected(provided, for: request) else {
                throw AppError.forbidden(CSRF.refusal)
            }
        }
        let response = try await next.respond(to: request)
        if let minted = request.mintedAnonymousCSRFToken {
            response.cookies[AnonymousCSRF.cookieName] = AnonymousCSRF.cookie(minted)
        }
        return response
    }

    /// A signed-in session's own token; otherwise the anonymous cookie's, which must be signed and equal.
    static func isExpected(_ provided: String, for request: Request) -> Bool {
        if request.hasSignedInSession, let expected = request.session.data[CSRF.sessionKey] {
            return CSRF.matches(provided, expected)
        }
        guard let cookie = request.submittedAnonymousCSRFCookie() else { return false }
        return CSRF.matches(provided, cookie)
    }
}

/// `#csrfField()`: the hidden input every form of the site includes.
struct CSRFFieldTag: UnsafeUnescapedLeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let request = ctx.request else { return .string("") }
        return .string("<input type=\"hidden\" name=\"\(CSRF.fieldName)\" value=\"\(request.csrfToken())\">")
    }
}
