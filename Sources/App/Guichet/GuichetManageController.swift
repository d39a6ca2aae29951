import CTGCore
import Fluent
import Vapor

/// `/{territoire}/guichet`: what a signed-in editor manages, and first the pages past their
/// review date (fiche 3-2-1-C, "l'actualiser"), oldest first.
enum GuichetManageController {
    struct Row: Encodable {
        var title: String
        var href: String
        var detail: String
        var editHref: String
    }

    struct Page: Encodable {
        var layout: Layout
        var overdue: [Row]
        var pages: [Row]
        var structures: [Row]
        var newStructureHref: String
        var newPageLinks: [Layout.Link]
        var isCoordinateur: Bool
    }

    static func register(on app: Application) {
        app.signedIn(.coordinateur, .referent).get(.guichet(.manage), use: show)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let user = try req.requireGuichetEditor(scope)
        let pages = try await InfoPage.query(on: req.db).filter(\.$territory.$id == scope.territoryID)
            .sort(\.$reviewedAt).all()
            .filter { GuichetAccess.canEdit(user, territoryID: scope.territoryID, organisationID: $0.$organisation.id) }
        let structures = try await Structure.query(on: req.db).filter(\.$territory.$id == scope.territoryID).sort(\.$name).all()
            .filter { GuichetAccess.canEdit(user, territoryID: scope.territoryID, organisationID: $0.$organisation.id) }
        let now = Date()
        let pageRow = { (page: InfoPage) -> Row in
            let space = page.infoSpace
            let due = FrenchDay.format(page.schedule.dueDate)
            return Row(title: page.title, href: scope.path(.page(space, slug: page.slug)),
                       detail: "\(space.title), mise à jour le \(FrenchDay.format(page.reviewedAt)), à relire le \(due)",
                       editHref: scope.path(.editPage(space, slug: page.slug)))
        }
        return try await req.view.render("guichet-gestion", Page(
            layout: req.layout(title: "Guichet : structures et pages"),
            overdue: pages.filter { $0.schedule.isOverdue(at: now) }.map(pageRow),
            pages: pages.sorted { $0.title < $1.title }.map(pageRow),
            structures: structures.map { structure in
                let id = structure.id ?? 0
                return Row(title: structure.name, href: scope.path(.structure(id: id)),
                           detail: "\(structure.structureKind.label), \(structure.commune)", editHref: scope.path(.editStructure(id: id)))
            },
            newStructureHref: scope.path(.newStructure),
            newPageLinks: InfoSpace.allCases.map { Layout.Link(label: "Nouvelle page — \($0.title)", href: scope.path(.newPage($0))) },
            isCoordinateur: user.role == .coordinateur))
    }
}
