import CTGCore
import Fluent
import Vapor

/// Editors write the Parents and Jeunes pages: référents for their organisation's pages, the
/// coordinateur for all. Saving a page marks it updated today, which restarts its review delay.
enum InfoPageEditController {
    typealias Option = AdminUsersPage.Option

    struct Page: Encodable {
        var layout: Layout
        var heading: String
        var form: InfoPageForm
        var organisations: [Option]
        var action: String
        var cancelHref: String
        var error: String?
        var preview: String?
        var isNew: Bool
    }

    static func register(on app: Application) {
        let editors = app.signedIn(.coordinateur, .referent)
        for space in InfoSpace.allCases {
            editors.get(.guichet(.newPage(space)), use: { try await newForm(req: $0, space: space) })
            editors.post(.guichet(.newPage(space)), use: { try await create(req: $0, space: space) })
            editors.get(.guichet(.editPage(space, slug: "")), use: { try await editForm(req: $0, space: space) })
            editors.post(.guichet(.editPage(space, slug: "")), use: { try await update(req: $0, space: space) })
        }
    }

    static func newForm(req: Request, space: InfoSpace) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireGuichetEditor(scope)
        var form = InfoPageForm()
        form.organisation = user.organisationID.map(String.init)
        return try await render(req, scope: scope, user: user, space: space, page: nil, form: form, error: nil)
    }

    static func create(req: Request, space: InfoSpace) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireGuichetEditor(scope)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(InfoPageForm.self)
        let page = InfoPage()
        page.$territory.id = scope.territoryID
        page.space = space.rawValue
        page.isDemo = false
        do {
            let allowed = try await GuichetAccess.managerChoices(for: user, territoryID: scope.territoryID, on: req.db)
            try form.apply(to: page, allowed: allowed, isReferent: user.role == .referent)
            return try await FormSubmissions.once(req) { tx in
                try await ensureFreeSlug(page, on: tx)
                try await page.create(on: tx)
                _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .infoPage,
                                           entityID: try page.requireID(), after: page.title, summary: "Page créée dans l'\(space.title.lowercased())")
                return scope.path(.page(space, slug: page.slug))
            }
        } catch let error as AppError {
            return try await render(req, scope: scope, user: user, space: space, page: nil, form: form, error: error.reason, status: error.status)
        }
    }

    static func editForm(req: Request, space: InfoSpace) async throws -> Response {
        let scope = try await req.territoryScope()
        let (user, page) = try await editable(req, scope: scope, space: space)
        return try await render(req, scope: scope, user: user, space: space, page: page, form: InfoPageForm(page), error: nil)
    }

    static func update(req: Request, space: InfoSpace) async throws -> Response {
        let scope = try await req.territoryScope()
        let (user, page) = try await editable(req, scope: scope, space: space)
        let form = try req.content.decode(InfoPageForm.self)
        let before = page.title
        do {
            let allowed = try await GuichetAccess.managerChoices(for: user, territoryID: scope.territoryID, on: req.db)
            try form.apply(to: page, allowed: allowed, isReferent: user.role == .referent)
            try await req.db.writeTransaction { tx in
                try await ensureFreeSlug(page, on: tx)
                try await page.save(on: tx)
                _ = try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .infoPage,
                                           entityID: try page.requireID(), before: before, after: page.title, summary: "Page mise à jour")
            }
            return req.redirect(to: scope.path(.page(space, slug: page.slug)), redirectType: .normal)
        } catch let error as AppError {
            return try await render(req, scope: scope, user: user, space: space, page: page, form: form, error: error.reason, status: error.status)
        }
    }

    private static func editable(_ req: Request, scope: TerritoryScope, space: InfoSpace) async throws -> (User, InfoPage) {
        let user = try req.requireGuichetEditor(scope)
        let page = try await InfoPageAccess.page(req, scope: scope, space: space)
        guard GuichetAccess.canEdit(user, territoryID: scope.territoryID, organisationID: page.$organisation.id) else {
            throw AppError.forbidden(GuichetAccess.notManager)
        }
        return (user, page)
    }

    private static func ensureFreeSlug(_ page: InfoPage, on db: any Database) async throws {
        let query = InfoPage.query(on: db).filter(\.$territory.$id == page.$territory.id)
            .filter(\.$space == page.space).filter(\.$slug == page.slug)
        if let id = page.id { query.filter(\.$id != id) }
        if try await query.count() > 0 {
            throw AppError.conflict("Une autre page de cet espace a déjà l'adresse « \(page.slug) » : changez le titre ou l'adresse.")
        }
    }

    private static func render(_ req: Request, scope: TerritoryScope, user: User, space: InfoSpace, page: InfoPage?,
                               form: InfoPageForm, error: String?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let allowed = try await GuichetAccess.managerChoices(for: user, territoryID: scope.territoryID, on: req.db)
        let heading = page.map { "Modifier « \($0.title) »" } ?? "Nouvelle page — \(space.title)"
        let context = Page(
            layout: req.layout(title: heading), heading: heading, form: form,
            organisations: GuichetAccess.managerOptions(for: user, allowed: allowed, selected: form.organisation),
            action: page.map { scope.path(.editPage(space, slug: $0.slug)) } ?? scope.path(.newPage(space)),
            cancelHref: page.map { scope.path(.page(space, slug: $0.slug)) } ?? scope.path(.space(space)),
            error: error, preview: (form.markdown ?? "").isEmpty ? nil : SafeMarkdown.html(form.markdown ?? ""), isNew: page == nil)
        let response = try await req.view.render("info-page-form", context).encodeResponse(for: req)
        response.status = status
        return response
    }
}
