import CTGCore
import Fluent
import Vapor

/// A territory without a convention yet (created by an admin, before its plan).
struct TerritoryEmptyPage: Encodable {
    var layout: Layout
    var territory: String
}

/// `/`: the territories this instance hosts. With only one, its home is the site's home,
/// so the page redirects there; the redirect is temporary since a second territory changes it.
struct TerritoriesPage: Encodable {
    struct Row: Encodable {
        var name: String
        var departement: String
        var href: String
        var convention: String?
    }

    struct PageLink: Encodable {
        var label: String
        var href: String
    }

    var layout: Layout
    var territories: [Row]
    var total: Int
    var pageNumber: Int
    var pageCount: Int
    var previous: PageLink?
    var next: PageLink?
}

enum TerritoriesController {
    /// A CAF's instance may host every EPCI of its département, or thousands on one database.
    static let perPage = 50

    struct Query: Content { var page: Int? }

    @Sendable static func index(req: Request) async throws -> Response {
        let wanted = max(1, (try? req.query.decode(Query.self))?.page ?? 1)
        let page = try await Territory.query(on: req.db).sort(\.$name).sort(\.$id)
            .paginate(PageRequest(page: wanted, per: perPage))
        if page.metadata.total == 1, let only = page.items.first {
            return req.redirect(to: TerritoryRef(slug: only.slug).path(.home), redirectType: .normal)
        }
        let current = try await currentConventions(of: page.items.compactMap(\.id), on: req.db)
        let rows = page.items.map { territory in
            let departement = Departement.withCode(territory.departement).map { "\($0.name) (\($0.code))" }
            let convention = territory.id.flatMap { current[$0] }
            return TerritoriesPage.Row(name: territory.name, departement: departement ?? territory.departement,
                                       href: TerritoryRef(slug: territory.slug).path(.home),
                                       convention: convention.map { "\($0.title) (\($0.startYear) – \($0.endYear))" })
        }
        let meta = page.metadata
        let link = { (number: Int, label: String) in
            TerritoriesPage.PageLink(label: label, href: SiteURL.home.path + "?page=\(number)")
        }
        let view = TerritoriesPage(
            layout: Layout(title: meta.page > 1 ? "Territoires, page \(meta.page)" : "Territoires", scope: nil),
            territories: rows, total: meta.total, pageNumber: meta.page, pageCount: max(1, meta.pageCount),
            previous: meta.page > 1 ? link(meta.page - 1, "Page précédente") : nil,
            next: meta.page < meta.pageCount ? link(meta.page + 1, "Page suivante") : nil)
        return try await req.view.render("territories", view).encodeResponse(for: req)
    }

    /// Each territory's current convention (the latest start), in one query for the whole page.
    static func currentConventions(of territoryIDs: [Int], on db: any Database) async throws -> [Int: Convention] {
        guard !territoryIDs.isEmpty else { return [:] }
        let all = try await Convention.query(on: db).filter(\.$territory.$id ~~ territoryIDs)
            .sort(\.$startYear).sort(\.$id).all()
        return Dictionary(all.map { ($0.$territory.id, $0) }, uniquingKeysWith: { _, later in later })
    }
}
