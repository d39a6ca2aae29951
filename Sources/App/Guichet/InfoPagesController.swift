import CTGCore
import Fluent
import Vapor

/// `/{territoire}/parents`, `/{territoire}/jeunes` and their pages (issue 10): what editors
/// wrote, the national resources and the territory's own partners.
enum InfoPagesController {
    struct Link: Encodable {
        var title: String
        var href: String
        var summary: String
        var isDemo: Bool
    }

    struct Partner: Encodable {
        var name: String
        var description: String
        var url: String
        var isDemo: Bool
    }

    struct SpacePage: Encodable {
        var layout: Layout
        var title: String
        var lead: String
        var pages: [Link]
        var partners: [Partner]
        var national: [NationalResource]
        var newHref: String?
    }

    struct ArticlePage: Encodable {
        var layout: Layout
        var title: String
        var html: String
        var updated: String
        var isDemo: Bool
        var spaceHref: String
        var spaceTitle: String
        var editHref: String?
    }

    static func register(on app: Application) {
        for space in InfoSpace.allCases {
            app.get(.guichet(.space(space)), use: { try await index(req: $0, space: space) })
            app.get(.guichet(.page(space, slug: "")), use: { try await show(req: $0, space: space) })
        }
    }

    static func index(req: Request, space: InfoSpace) async throws -> View {
        let scope = try await req.territoryScope()
        let pages = try await InfoPage.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .filter(\.$space == space.rawValue).sort(\.$title).all()
        let partners = try await GuichetPartner.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .filter(\.$space == space.rawValue).sort(\.$name).all()
        let editor = GuichetAccess.isEditor(req.currentUser, territoryID: scope.territoryID)
        return try await req.view.render("info-space", SpacePage(
            layout: Layout(title: space.title, scope: scope), title: space.title, lead: space.lead,
            pages: pages.map { Link(title: $0.title, href: scope.path(.page(space, slug: $0.slug)), summary: $0.summary, isDemo: $0.isDemo) },
            partners: partners.filter { SafeMarkdownSource.isAllowedAddress($0.url) }
                .map { Partner(name: $0.name, description: $0.description, url: $0.url, isDemo: $0.isDemo) },
            national: NationalResource.forSpace(space),
            newHref: editor ? scope.path(.newPage(space)) : nil))
    }

    static func show(req: Request, space: InfoSpace) async throws -> View {
        let scope = try await req.territoryScope()
        let page = try await InfoPageAccess.page(req, scope: scope, space: space)
        let canEdit = GuichetAccess.canEdit(req.currentUser, territoryID: scope.territoryID, organisationID: page.$organisation.id)
        return try await req.view.render("info-page", ArticlePage(
            layout: Layout(title: page.title, scope: scope), title: page.title, html: SafeMarkdown.html(page.body),
            updated: FrenchDay.format(page.reviewedAt), isDemo: page.isDemo,
            spaceHref: scope.path(.space(space)), spaceTitle: space.title,
            editHref: canEdit ? scope.path(.editPage(space, slug: page.slug)) : nil))
    }
}

enum InfoPageAccess {
    /// The page of the address in this territory's space; 404 otherwise.
    static func page(_ req: Request, scope: TerritoryScope, space: InfoSpace) async throws -> InfoPage {
        guard let slug = req.parameters.get("slug"),
              let page = try await InfoPage.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
                .filter(\.$space == space.rawValue).filter(\.$slug == slug).first() else {
            throw AppError.notFound("Cette page n'existe pas dans l'\(space.title.lowercased()) de ce territoire.")
        }
        return page
    }
}

/// "30 novembre 2026", in Paris time: the day a French reader saw the page updated.
enum FrenchDay {
    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let iso = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        return FrenchFormat.date(iso) ?? iso
    }
}
