import CTGCore
import Fluent
import Vapor

struct SignInPage: Encodable {
    var layout: Layout
    var action: String
    var csrf: String
    var email: String
    var next: String?
    var error: String?
    var forgottenHref = SiteURL.forgottenPassword.path
}

/// `/connexion` and `/deconnexion`. Failures never say whether the address or
/// the password was wrong, and are throttled per account and per address.
enum SignInController {
    static let wrongCredentials = "Adresse e-mail ou mot de passe incorrect."
    /// Verified against when the address is unknown, so both cases take a bcrypt's time.
    private static let decoyHash = (try? Bcrypt.hash("ctg-decoy-password", cost: 12)) ?? ""

    struct Form: Content {
        var email: String?
        var password: String?
        var next: String?
    }

    struct NextQuery: Content {
        var next: String?
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let next = SignInRedirect.localPath(try req.query.decode(NextQuery.self).next)
        if req.currentUser != nil {
            return req.redirect(to: next ?? SiteURL.home.path, redirectType: .normal)
        }
        return try await render(req, email: "", next: next, error: nil, status: .ok)
    }

    @Sendable static func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let email = User.normalise(email: form.email ?? "")
        let next = SignInRedirect.localPath(form.next)
        let address = req.clientAddress
        let attempt: LoginAttempt
        let now = req.application.accountSettings.clock()
        switch try await LoginThrottle.admit(email: email, address: address, on: req.db, now: now) {
        case .admitted(let admitted): attempt = admitted
        case .refused(let refusal):
            req.logger.warning("Connexion refusée (trop de tentatives) pour \(LogText.escaped(email)) depuis \(LogText.escaped(address))")
            return try await render(req, email: email, next: next, error: refusal, status: .tooManyRequests)
        }
        let password = form.password ?? ""
        let user = email.isEmpty ? nil : try await User.find(email: email, on: req.db)
        let verified = try await req.password.async
            .verify(password, created: user?.passwordHash ?? decoyHash).get()
        guard verified, let user, user.isActive else {
            // The attempt recorded by `admit` stays: it is this failure.
            return try await render(req, email: email, next: next, error: wrongCredentials, status: .unauthorized)
        }
        try await LoginThrottle.succeeded(attempt, on: req.db)
        try await req.signIn(user)
        try await SessionHousekeeping.prune(on: req.db)
        // An instance admin has no territory of their own: their home is the territories' list;
        // a CAF account's is the comparison of its département's territories.
        let home = user.role == .admin ? SiteURL.adminTerritories.path
            : user.role == .caf ? SiteURL.territories.path
            : try await Territory.find(user.territoryID, on: req.db).map { TerritoryRef(slug: $0.slug).path(.home) }
        return req.redirect(to: next ?? home ?? SiteURL.home.path, redirectType: .normal)
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        req.signOut()
        return req.redirect(to: SiteURL.home.path, redirectType: .normal)
    }

    private static func render(_ req: Request, email: String, next: String?, error: String?,
                               status: HTTPResponseStatus) async throws -> Response {
        let page = SignInPage(layout: Layout(title: "Connexion", scope: nil), action: SiteURL.signIn.path,
                              csrf: req.csrfToken(), email: email, next: next, error: error)
        let response = try await req.view.render("signin", page).encodeResponse(for: req)
        response.status = status
        return response
    }
}
