import Fluent
import Vapor

/// The instance admin's pages: create a territory, then its first coordinateur, who
/// takes it from there (conventions, plan, accounts). Refusals show the page again in
/// French with what was typed (never the password), and nothing written.
enum AdminTerritoriesController {
    struct TerritoryForm: Content {
        var name: String?
        var siren: String?
        var departement: String?
        var slug: String?
    }

    struct CoordinatorForm: Content {
        var email: String?
        var password: String?
    }

    struct NoticeQuery: Content {
        var message: String?
    }

    static let notices = [
        "territoire": "Le territoire a été créé. Créez maintenant son premier coordinateur.",
        "coordinateur": "Le coordinateur a été créé : il peut se connecter et construire le plan du territoire.",
    ]

    static func register(on app: Application) {
        let admin = app.signedIn(.admin)
        admin.get(.adminTerritories, use: index)
        admin.post(.adminTerritories, use: create)
        admin.post(.adminTerritoryCoordinators(territoryID: 0), use: createCoordinator)
    }

    @Sendable static func index(req: Request) async throws -> View {
        try req.requireRole(.admin)
        let notice = try req.query.decode(NoticeQuery.self).message.flatMap { notices[$0] }
        return try await req.view.render("admin-territories", AdminTerritoriesPage.build(req, draft: .init(), error: nil, notice: notice))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let admin = try req.requireRole(.admin)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(TerritoryForm.self)
        let input = TerritoryCreation.Input(name: form.name ?? "", siren: form.siren ?? "",
                                            departement: form.departement ?? "", slug: form.slug)
        do {
            return try await FormSubmissions.once(req) { tx in
                try await TerritoryCreation.create(input, by: admin, on: tx)
                return SiteURL.adminTerritories.path + "?message=territoire"
            }
        } catch let error as AppError {
            // The slug the site would choose, so the admin sees it and may change it.
            let proposed = (form.slug ?? "").isEmpty && !(form.name ?? "").isEmpty
                ? try await TerritoryCreation.proposedSlug(for: input.name, on: req.db) : (form.slug ?? "")
            let draft = AdminTerritoriesPage.Draft(name: input.name, siren: input.siren, departement: input.departement, slug: proposed)
            return try await render(req, draft: draft, error: error)
        }
    }

    @Sendable static func createCoordinator(req: Request) async throws -> Response {
        let admin = try req.requireRole(.admin)
        guard let id = req.parameters.get("territoryID", as: Int.self), try await Territory.find(id, on: req.db) != nil else {
            throw AppError.notFound("Ce territoire n'existe pas.")
        }
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(CoordinatorForm.self)
        let input = UserDirectory.NewAccount(email: form.email ?? "", password: form.password ?? "",
                                             role: .coordinateur, territoryID: id, organisationID: nil)
        do {
            let hasher = req.password.async
            return try await FormSubmissions.once(req) { tx in
                try await UserDirectory.create(input, by: admin, hasher: hasher, on: tx)
                return SiteURL.adminTerritories.path + "?message=coordinateur"
            }
        } catch let error as AppError {
            return try await render(req, draft: .init(), error: error)
        }
    }

    private static func render(_ req: Request, draft: AdminTerritoriesPage.Draft, error: AppError) async throws -> Response {
        let page = try await AdminTerritoriesPage.build(req, draft: draft, error: error.reason, notice: nil)
        let response = try await req.view.render("admin-territories", page).encodeResponse(for: req)
        response.status = error.status
        return response
    }
}
