import Fluent
import Leaf
import Vapor

/// Sessions, password hashing, sign-in and CSRF middleware, and the Leaf tags
/// the pages use. Called once from `configure`, after the error page and file
/// middleware so static files never touch the session table.
enum AccountsSetup {
    static let cookieName = "ctg-session"
    /// A signed-in session lasts a week at most, whatever the browser keeps.
    static let sessionLifetime: TimeInterval = 7 * 24 * 3600

    static func configure(_ app: Application) {
        app.accountSettings = .fromEnvironment()
        // Bcrypt's cost 12 in production; the minimum in tests, where hundreds of hashes run.
        app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))

        app.sessions.use(.fluent)
        app.sessions.configuration = .init(cookieName: cookieName) { id in
            // `Secure` is added per request by SessionCookieMiddleware, which knows whether TLS is in front.
            HTTPCookies.Value(string: id.string, expires: Date(timeIntervalSinceNow: sessionLifetime),
                              path: "/", isSecure: false, isHTTPOnly: true, sameSite: .lax)
        }
        app.anonymousCSRFKey = AnonymousCSRF.key(secret: Environment.get("CTG_SECRET"))
        app.lifecycle.use(SessionHousekeeping.Schedule())
        app.middleware.use(SessionCookieMiddleware())
        app.middleware.use(app.sessions.middleware)
        app.middleware.use(UserSessionAuthenticator())
        app.middleware.use(CSRFMiddleware())
        // Inside the session middleware, so the message it leaves is saved with the session.
        app.middleware.use(FlashMiddleware())
        app.leaf.tags["flash"] = FlashTag()
        app.leaf.tags["plural"] = PluralTag()

        app.leaf.tags["csrfField"] = CSRFFieldTag()
        app.leaf.tags["accountNav"] = AccountNavTag()
    }
}

/// Deployment switches read from the environment, kept on the application so
/// tests can change them per app without touching the process environment.
struct AccountSettings: Sendable {
    /// `CTG_TRUST_PROXY=1`: the client address is the last `X-Forwarded-For` entry (set by our proxy).
    var trustProxy = false
    /// `CTG_SECURE_COOKIES=1`: always mark the session cookie `Secure`.
    var secureCookies = false
    /// The time sign-in throttling counts from; tests stop it to make a burst land at one instant.
    var clock: @Sendable () -> Date = { Date() }

    static func fromEnvironment() -> AccountSettings {
        AccountSettings(trustProxy: Environment.get("CTG_TRUST_PROXY") == "1",
                        secureCookies: Environment.get("CTG_SECURE_COOKIES") == "1")
    }
}

extension Application {
    private struct AccountSettingsKey: StorageKey { typealias Value = AccountSettings }

    var accountSettings: AccountSettings {
        get { storage[AccountSettingsKey.self] ?? AccountSettings() }
        set { storage[AccountSettingsKey.self] = newValue }
    }
}

extension Request {
    /// Whether the browser reached us over TLS, directly or through a proxy that says so.
    var isSecureTransport: Bool {
        application.accountSettings.secureCookies
            || url.scheme == "https"
            || headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }

    /// The address used for throttling: the peer, or the proxy's last `X-Forwarded-For`
    /// entry when the proxy is trusted (earlier entries are whatever the client sent).
    var clientAddress: String {
        if application.accountSettings.trustProxy,
           let forwarded = headers.first(name: .xForwardedFor)?.split(separator: ",").last {
            let address = forwarded.trimmingCharacters(in: .whitespaces)
            if !address.isEmpty { return address }
        }
        return remoteAddress?.ipAddress ?? "inconnue"
    }
}

/// Adds `Secure` to the session and anonymous CSRF cookies when the request came over TLS. The
/// sessions configuration's cookie factory cannot do it: it never sees the request.
struct SessionCookieMiddleware: AsyncMiddleware {
    static func isOurs(_ cookie: String) -> Bool {
        [AccountsSetup.cookieName, AnonymousCSRF.cookieName].contains { cookie.hasPrefix($0 + "=") }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard request.isSecureTransport else { return response }
        let cookies = response.headers[.setCookie]
        guard cookies.contains(where: Self.isOurs) else { return response }
        response.headers.remove(name: .setCookie)
        for cookie in cookies {
            let secured = Self.isOurs(cookie) && !cookie.lowercased().contains("; secure") ? cookie + "; Secure" : cookie
            response.headers.add(name: .setCookie, value: secured)
        }
        return response
    }
}
