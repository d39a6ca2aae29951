import Vapor

/// The CSRF token of a visitor who is not signed in (the sign-in form), kept in
/// a cookie rather than a session: a session row per anonymous visit filled the
/// sessions table (issue 7 §6). A signed double-submit cookie: the form field
/// must equal the cookie, and the cookie must carry the server's HMAC, so a value
/// planted in the browser by someone else (from a sibling subdomain, say) is refused.
///
/// The key is derived from `CTG_SECRET` when it is set, so that several instances behind
/// one proxy accept each other's cookies; otherwise it is drawn at start and lives in
/// memory (a restart only makes an open sign-in form ask for a reload).
enum AnonymousCSRF {
    static let cookieName = "ctg-csrf"

    static func key(secret: String?) -> SymmetricKey {
        guard let secret, !secret.isEmpty else { return SymmetricKey(size: .bits256) }
        return SymmetricKey(data: SHA256.hash(data: Data(("ctg anonymous csrf:" + secret).utf8)))
    }

    static func newToken(key: SymmetricKey) -> String {
        let nonce = CSRF.newToken()
        return nonce + "." + signature(of: nonce, key: key)
    }

    static func isSigned(_ token: String, key: SymmetricKey) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        return CSRF.matches(String(parts[1]), signature(of: String(parts[0]), key: key))
    }

    static func signature(of nonce: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(nonce.utf8), using: key)
        return Data(mac).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func cookie(_ token: String) -> HTTPCookies.Value {
        // No expiry: it lasts as long as the browser window; `Secure` is added by SessionCookieMiddleware.
        HTTPCookies.Value(string: token, path: "/", isSecure: false, isHTTPOnly: true, sameSite: .strict)
    }
}

extension Application {
    private struct AnonymousCSRFKey: StorageKey { typealias Value = SymmetricKey }

    /// Signs anonymous CSRF cookies; made once, when the accounts are configured.
    var anonymousCSRFKey: SymmetricKey {
        get {
            guard let key = storage[AnonymousCSRFKey.self] else { preconditionFailure("AccountsSetup.configure makes the key") }
            return key
        }
        set { storage[AnonymousCSRFKey.self] = newValue }
    }
}

extension Request {
    private struct MintedTokenKey: StorageKey { typealias Value = String }

    /// The anonymous token of this browser: its cookie when validly signed,
    /// else a new one, which CSRFMiddleware sets as the cookie on the response.
    func anonymousCSRFToken() -> String {
        if let minted = storage[MintedTokenKey.self] { return minted }
        if let cookie = submittedAnonymousCSRFCookie() { return cookie }
        let token = AnonymousCSRF.newToken(key: application.anonymousCSRFKey)
        storage[MintedTokenKey.self] = token
        return token
    }

    /// The token minted during this request, if any: it still has to reach the browser.
    var mintedAnonymousCSRFToken: String? { storage[MintedTokenKey.self] }

    /// The browser's anonymous token cookie, if it carries our signature.
    func submittedAnonymousCSRFCookie() -> String? {
        guard let value = cookies[AnonymousCSRF.cookieName]?.string,
              AnonymousCSRF.isSigned(value, key: application.anonymousCSRFKey) else { return nil }
        return value
    }
}
