import Leaf
import Vapor

/// « Modification enregistrée » after a form's redirect (issue 13): one message in the session,
/// set by `FlashMiddleware` after any successful signed-in POST (or more precisely by a handler
/// with `req.flash(_:)`), shown once by `#flash()` in the layout with role="status", then gone.
enum Flash {
    static let sessionKey = "flash"
    static let saved = "Vos modifications ont été enregistrées."
    /// Query keys with which a page already says what happened (`?message=…`): no second message.
    static let ownNoticeKeys = ["message", "restaure", "document", "enregistre", "bienvenue"]
}

extension Request {
    /// The message the next page shows; replaces the generic one for this request.
    func flash(_ message: String) {
        guard hasSignedInSession else { return }
        session.data[Flash.sessionKey] = message
        storage[FlashSetKey.self] = true
    }
}

private struct FlashSetKey: StorageKey { typealias Value = Bool }

/// Every POST of a signed-in person that succeeds with a redirect to another page gets the
/// generic message unless its handler set its own. Signing in (no session before) and a
/// confirmation step that sends back to the same address get none.
struct FlashMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let wasSignedIn = request.hasSignedInSession
        let response = try await next.respond(to: request)
        guard request.method == .POST, wasSignedIn, request.hasSignedInSession,
              [.seeOther, .found].contains(response.status), request.storage[FlashSetKey.self] != true,
              let location = response.headers.first(name: .location),
              location.split(separator: "?").first.map(String.init) != request.url.path,
              !Flash.ownNoticeKeys.contains(where: { location.contains("?\($0)=") || location.contains("&\($0)=") })
        else { return response }
        request.session.data[Flash.sessionKey] = Flash.saved
        return response
    }
}

/// `#flash()`: the pending message, once, where the layout puts it.
struct FlashTag: UnsafeUnescapedLeafTag {
    func render(_ ctx: LeafContext) throws -> LeafData {
        guard let request = ctx.request, request.hasSignedInSession,
              let message = request.session.data[Flash.sessionKey] else { return .string("") }
        request.session.data[Flash.sessionKey] = nil
        let escaped = message.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return .string(#"<p class="notice flash" role="status">\#(escaped)</p>"#)
    }
}
