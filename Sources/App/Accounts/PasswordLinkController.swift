import CTGCore
import Fluent
import Vapor

struct PasswordLinkPage: Encodable {
    var layout: Layout
    var csrf: String
    var action: String
    var token: String
    var email: String?
    var purpose: String?
    var minimumPasswordLength: Int
    var error: String?
    var signInHref = SiteURL.signIn.path
}

/// `/mot-de-passe?jeton=…`: the invitee (or the person whose password was reset) chooses a
/// password. The token travels in the query, which the request log leaves out. Attempts are
/// throttled per address like the sign-in; a dead link says why, in French.
enum PasswordLinkController {
    struct Form: Content {
        var jeton: String?
        var password: String?
        var confirmation: String?
    }

    struct Query: Content { var jeton: String? }

    @Sendable static func show(req: Request) async throws -> Response {
        let raw = try req.query.decode(Query.self).jeton ?? ""
        let token = try await AccountToken.find(token: raw, on: req.db)
        let now = req.application.accountSettings.clock()
        guard let token else { return try await render(req, token: raw, row: nil, error: unknown, status: .notFound) }
        let refusal = token.link.state(at: now).refusal
        return try await render(req, token: raw, row: token, error: refusal, status: refusal == nil ? .ok : .gone)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let raw = form.jeton ?? ""
        let now = req.application.accountSettings.clock()
        // Per link and per address, by the sign-in's rules: a guessed token is a failed attempt.
        let key = "lien:" + AccountToken.hash(raw).prefix(16)
        let attempt: LoginAttempt
        switch try await LoginThrottle.admit(email: key, address: req.clientAddress, on: req.db, now: now) {
        case .admitted(let admitted): attempt = admitted
        case .refused(let refusal):
            return try await render(req, token: raw, row: nil, error: refusal, status: .tooManyRequests)
        }
        guard let token = try await AccountToken.find(token: raw, on: req.db) else {
            return try await render(req, token: raw, row: nil, error: unknown, status: .notFound)
        }
        if let refusal = token.link.state(at: now).refusal {
            return try await render(req, token: raw, row: token, error: refusal, status: .gone)
        }
        do {
            let hash = try await UserDirectory.newPasswordHash(form.password ?? "", confirmation: form.confirmation ?? "",
                                                               hasher: req.password.async)
            let user = try await PasswordLinks.redeem(token, passwordHash: hash, on: req.db, now: now)
            try await LoginThrottle.succeeded(attempt, on: req.db)
            try await req.signIn(user)
            return req.redirect(to: try await home(of: user, on: req.db) + "?bienvenue=1", redirectType: .normal)
        } catch let error as AppError {
            return try await render(req, token: raw, row: token, error: error.reason, status: error.status)
        }
    }

    static let unknown = "Ce lien n'est pas valable : vérifiez qu'il a été copié en entier, ou demandez-en un nouveau à votre coordinateur."

    /// The page a freshly signed-in account lands on, as after the sign-in.
    static func home(of user: User, on db: any Database) async throws -> String {
        switch user.role {
        case .admin: return SiteURL.adminTerritories.path
        case .caf: return SiteURL.territories.path
        default:
            return try await Territory.find(user.territoryID, on: db).map { TerritoryRef(slug: $0.slug).path(.home) }
                ?? SiteURL.home.path
        }
    }

    private static func render(_ req: Request, token: String, row: AccountToken?, error: String?,
                               status: HTTPResponseStatus) async throws -> Response {
        let usable = row.map { $0.link.state(at: req.application.accountSettings.clock()) == .usable } ?? false
        let page = PasswordLinkPage(
            layout: Layout(title: "Choisir votre mot de passe", scope: nil), csrf: req.csrfToken(),
            action: SiteURL.passwordLink.path, token: usable ? token : "",
            email: usable ? row?.user.email : nil, purpose: row?.linkPurpose.label,
            minimumPasswordLength: UserDirectory.minimumPasswordLength, error: error)
        let response = try await req.view.render("password-link", page).encodeResponse(for: req)
        response.status = status
        // The token is in the address: never let it leave in a Referer, nor sit in a cache.
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

extension PasswordLinks {
    /// The whole link: `CTG_PUBLIC_URL`, or else the site's address as the browser reached it.
    static func url(token: String, on req: Request) -> String { url(token: token, base: req.absoluteBase) }

    static func url(token: String, base: String) -> String {
        base + SiteURL.passwordLink.path(query: [("jeton", token)])
    }
}
