import Fluent
import Vapor

/// Who is asking, and the one-line checks handlers use.
///
///     let admin = app.signedIn(.coordinateur)     // group: anonymous → sign-in page, others → 403
///     let user = try req.requireRole(.coordinateur, .lecteur)
///     try await req.requireEdit(actionID: id)     // see AccessPolicy
extension Request {
    /// The signed-in user, or nil for an anonymous visitor.
    var currentUser: User? { auth.get(User.self) }

    /// The signed-in user; 401 otherwise (routes in a `signedIn()` group never get there).
    func requireUser() throws -> User {
        guard let user = currentUser else { throw Abort(.unauthorized) }
        return user
    }

    /// The signed-in user if their role is one of `roles`; 403 in French otherwise.
    @discardableResult
    func requireRole(_ roles: User.Role...) throws -> User {
        let user = try requireUser()
        guard roles.contains(user.role) else { throw AccessDenied.role(roles) }
        return user
    }
}

/// The French refusals, in one place so pages and tests agree on the wording.
enum AccessDenied {
    static let notResponsable = "Vous ne pouvez modifier que les fiches dont votre organisation est responsable."
    static let readOnly = "Votre profil de lecteur permet de consulter et d'exporter, pas de modifier."
    static let notFound = "Cette page n'existe pas ou ne concerne pas votre territoire."

    static func role(_ roles: [User.Role]) -> AppError {
        let nouns = roles.map(\.noun).joined(separator: " ou ")
        return .forbidden("Cette page est réservée aux comptes \(nouns).")
    }
}

/// Lets signed-in users through, optionally only some roles. Anonymous browsers
/// are sent to the sign-in page (303, with `next` for a GET); API clients get 401 JSON.
struct SignInRequiredMiddleware: AsyncMiddleware {
    var roles: [User.Role] = []

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let user = request.currentUser else {
            if request.url.path.hasPrefix("/api/") { throw Abort(.unauthorized) }
            let next = request.method == .GET ? request.url.string : nil
            return request.redirect(to: SiteURL.signInPath(next: next), redirectType: .normal)
        }
        if !roles.isEmpty, !roles.contains(user.role) { throw AccessDenied.role(roles) }
        // A back-office page of a territory this user does not read does not exist for them.
        if let scope = try await request.territoryScopeIfAny(), !AccessPolicy.reads(user, scope.territory) {
            throw AppError.notFound(AccessDenied.notFound)
        }
        return try await next.respond(to: request)
    }
}

extension RoutesBuilder {
    /// Routes for signed-in users only; with roles, for those roles only.
    func signedIn(_ roles: User.Role...) -> any RoutesBuilder {
        grouped(SignInRequiredMiddleware(roles: roles))
    }
}

extension SiteURL {
    /// `/connexion?next=…`, keeping `next` only when it is a path of this site.
    static func signInPath(next: String?) -> String {
        guard let next = SignInRedirect.localPath(next), next != "/" else { return SiteURL.signIn.path }
        return SiteURL.signIn.path + "?next=" + queryValue(next)
    }

    /// Percent-encodes a query value, including the `?`, `&`, `=`, `+` and `#` that URLComponents may leave.
    static func queryValue(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(["?", "&", "=", "+", "#"])) ?? value
    }
}

enum SignInRedirect {
    /// A path on this site, or nil: "//evil.example", "https://…" or "/\evil" would
    /// send the freshly signed-in user elsewhere (open redirect).
    static func localPath(_ candidate: String?) -> String? {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"),
              !candidate.hasPrefix("/\\"), !candidate.contains(where: { $0.isNewline || $0 == "\0" }),
              !candidate.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return nil
        }
        return candidate
    }

    /// Same as `SiteURL.queryValue` (kept: other pages call it by this name).
    static func queryEscape(_ value: String) -> String { SiteURL.queryValue(value) }
}

extension Request {
    /// The signed-in user's territory as a scope (its current convention unknown here), so
    /// instance-wide pages such as `/admin/…` keep the user's own navigation.
    var userTerritoryScope: TerritoryScope? {
        guard let territory = currentUser?.$territory.value ?? nil else { return nil }
        return TerritoryScope(territory: territory, convention: nil, ref: TerritoryRef(slug: territory.slug))
    }

    /// The shared layout with this session's CSRF token, for pages that hold forms.
    func layout(title: String) -> Layout {
        var layout = Layout(title: title, scope: resolvedTerritoryScope ?? userTerritoryScope)
        layout.csrf = csrfToken()
        return layout
    }
}
