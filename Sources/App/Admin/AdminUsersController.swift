import CTGCore
import Fluent
import Vapor

/// Account management for the coordinateur of a territory. Each form posts,
/// then redirects back with a notice; an error shows the page again, in French,
/// with nothing saved.
enum AdminUsersController {
    struct CreateForm: Content {
        var email: String?
        var name: String?
        var role: String?
        var organisation: String?
        var password: String?
    }

    struct UpdateForm: Content {
        /// Absent from older forms: then the name is left as it is.
        var name: String?
        var role: String?
        var organisation: String?
    }

    struct ActivationForm: Content {
        var active: String?
    }

    struct NoticeQuery: Content {
        var message: String?
    }

    static let notices = [
        "cree": "Le compte a été créé.",
        "modifie": "Le compte a été modifié.",
        "desactive": "Le compte a été désactivé.",
        "reactive": "Le compte a été réactivé.",
        "invite": "Le compte a été créé ; son lien d'invitation a été affiché une seule fois.",
    ]

    @Sendable static func index(req: Request) async throws -> View {
        let admin = try req.requireRole(.coordinateur)
        let notice = try req.query.decode(NoticeQuery.self).message.flatMap { notices[$0] }
        let page = try await AdminUsersPage.build(for: admin, draft: .init(), error: nil, notice: notice,
                                                  csrf: req.csrfToken(), on: req.db)
        return try await req.view.render("admin-users", page)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let admin = try req.requireRole(.coordinateur)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(CreateForm.self)
        let draft = AdminUsersPage.Draft(email: form.email ?? "", name: form.name ?? "", role: form.role ?? "",
                                         organisationID: form.organisation.flatMap { Int($0) })
        do {
            let input = UserDirectory.NewAccount(
                email: form.email ?? "", password: form.password ?? "", role: try role(form.role),
                territoryID: admin.territoryID, organisationID: try organisationID(form.organisation),
                displayName: form.name)
            let hasher = req.password.async
            // No password typed: an invitation, whose link the invitee uses to choose one.
            guard input.password.isEmpty else {
                return try await FormSubmissions.once(req) { tx in
                    try await UserDirectory.create(input, by: admin, hasher: hasher, on: tx)
                    return SiteURL.adminUsers.path + "?message=cree"
                }
            }
            let issued = IssuedToken()
            let response = try await FormSubmissions.once(req) { tx in
                let (_, token) = try await UserDirectory.invite(input, by: admin, hasher: hasher, on: tx)
                await issued.keep(token)
                return SiteURL.adminUsers.path + "?message=invite"
            }
            // A replayed double submit created nothing: it gets the list, the first one had the link.
            guard let token = await issued.token else { return response }
            return try await renderLink(req, admin: admin, email: User.normalise(email: input.email),
                                        token: token, purpose: .invitation)
        } catch let error as AppError {
            return try await renderError(req, admin: admin, draft: draft, error: error)
        }
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let admin = try req.requireRole(.coordinateur)
        let user = try await targetUser(req, admin: admin)
        let form = try req.content.decode(UpdateForm.self)
        do {
            // Checked before anything is written: a refused name leaves role and organisation alone too.
            _ = try UserDirectory.cleanName(form.name)
            try await UserDirectory.update(user, role: try role(form.role),
                                           organisationID: try organisationID(form.organisation), by: admin, on: req.db)
            if let name = form.name { try await UserDirectory.rename(user, to: name, by: admin, on: req.db) }
        } catch let error as AppError {
            return try await renderError(req, admin: admin, draft: .init(), error: error)
        }
        return req.redirect(to: SiteURL.adminUsers.path + "?message=modifie", redirectType: .normal)
    }

    @Sendable static func setActivation(req: Request) async throws -> Response {
        let admin = try req.requireRole(.coordinateur)
        let user = try await targetUser(req, admin: admin)
        let active = try req.content.decode(ActivationForm.self).active == "1"
        do {
            try await UserDirectory.setActive(user, active, by: admin, on: req.db)
        } catch let error as AppError {
            return try await renderError(req, admin: admin, draft: .init(), error: error)
        }
        return req.redirect(to: SiteURL.adminUsers.path + "?message=" + (active ? "reactive" : "desactive"),
                            redirectType: .normal)
    }

    /// A new single-use link for an account of the territory: its holder chooses a new password.
    @Sendable static func reset(req: Request) async throws -> Response {
        let admin = try req.requireRole(.coordinateur)
        let user = try await targetUser(req, admin: admin)
        guard user.isActive else {
            return try await renderError(req, admin: admin, draft: .init(),
                                         error: .invalidInput("Réactivez d'abord le compte \(user.email) : un compte désactivé ne peut pas se connecter."))
        }
        let token = try await req.db.writeTransaction { tx in
            try await PasswordLinks.issue(for: user, purpose: .reset, by: admin, on: tx)
        }
        return try await renderLink(req, admin: admin, email: user.email, token: token, purpose: .reset)
    }

    /// The list again, with the link shown this once (it is stored nowhere in clear).
    private static func renderLink(_ req: Request, admin: User, email: String, token: String,
                                   purpose: PasswordLink.Purpose) async throws -> Response {
        var page = try await AdminUsersPage.build(for: admin, draft: .init(), error: nil, notice: nil,
                                                  csrf: req.csrfToken(), on: req.db)
        let url = PasswordLinks.url(token: token, on: req)
        let mailNote = await PasswordLinkMail.deliver(purpose: purpose, to: email, url: url, app: req.application)
        page.issuedLink = .init(email: email, url: url, invitation: purpose == .invitation, mailNote: mailNote)
        let response = try await req.view.render("admin-users", page).encodeResponse(for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// Carries the token out of the write closure, which must be `@Sendable`.
    private actor IssuedToken {
        var token: String?
        func keep(_ token: String) { self.token = token }
    }

    /// The account named in the address, if it belongs to the coordinateur's territory.
    private static func targetUser(_ req: Request, admin: User) async throws -> User {
        guard let id = req.parameters.get("userID", as: Int.self), let user = try await User.find(id, on: req.db),
              user.territoryID == admin.territoryID else {
            throw AppError.notFound("Ce compte n'existe pas.")
        }
        return user
    }

    private static func role(_ raw: String?) throws -> User.Role {
        guard let role = raw.flatMap(User.Role.init(rawValue:)), User.Role.territorial.contains(role) else {
            throw AppError.invalidInput("Choisissez un rôle : coordinateur, référent partenaire ou lecteur.")
        }
        return role
    }

    private static func organisationID(_ raw: String?) throws -> Int? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = Int(raw) else { throw AppError.invalidInput("L'organisation choisie n'est pas valide.") }
        return id
    }

    private static func renderError(_ req: Request, admin: User, draft: AdminUsersPage.Draft,
                                     error: AppError) async throws -> Response {
        let page = try await AdminUsersPage.build(for: admin, draft: draft, error: error.reason, notice: nil,
                                                  csrf: req.csrfToken(), on: req.db)
        let response = try await req.view.render("admin-users", page).encodeResponse(for: req)
        response.status = error.status
        return response
    }
}
