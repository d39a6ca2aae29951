import CTGCore
import Vapor

/// `/{territoire}/structures` and `/{territoire}/structures/{id}`: the public directory (issue 10).
enum StructuresController {
    typealias Option = AdminUsersPage.Option

    struct Row: Encodable {
        var name: String
        var href: String
        var kind: String
        var commune: String
        var ages: String
        var isDemo: Bool
    }

    struct Page: Encodable {
        var layout: Layout
        var query: String
        var age: String
        var communes: [Option]
        var kinds: [Option]
        var units: [Option]
        var rows: [Row]
        var countSentence: String
        var error: String?
        var previousHref: String?
        var nextHref: String?
        var pageLabel: String?
        var action: String
        var newHref: String?
        var manageHref: String?
    }

    @Sendable static func index(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let query = (try? req.query.decode(DirectoryQuery.self)) ?? DirectoryQuery()
        let (filter, error) = query.filter()
        let found = try await StructureDirectory.search(filter, territoryID: scope.territoryID, on: req.db)
        let pages = Pagination(requested: query.page, total: found.count)
        let rows = found[pages.range()].map { row in
            Row(name: row.name, href: scope.path(.structure(id: row.id ?? 0)), kind: row.structureKind.label,
                commune: row.commune, ages: row.ages.label, isDemo: row.isDemo)
        }
        let communes = try await StructureDirectory.communes(territoryID: scope.territoryID, on: req.db)
        let pageLink = { (page: Int) in scope.url(.guichet(.structures)).path(query: pageQuery(query, page: page)) }
        let editor = GuichetAccess.isEditor(req.currentUser, territoryID: scope.territoryID)
        return try await req.view.render("structures", Page(
            layout: Layout(title: "Structures pour les familles et les jeunes", scope: scope),
            query: query.q ?? "", age: query.age ?? "",
            communes: [Option(value: "", label: "Toutes les communes", selected: (query.commune ?? "").isEmpty)]
                + communes.map { Option(value: $0, label: $0, selected: $0 == query.commune) },
            kinds: [Option(value: "", label: "Tous les types", selected: filter.kind == nil)]
                + StructureKind.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == filter.kind) },
            units: ChildAge.Unit.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == (query.unite ?? "ans")) },
            rows: rows,
            countSentence: FrenchCount.phrase(found.count, "structure trouvée", "structures trouvées"),
            error: error,
            previousHref: pages.page > 1 ? pageLink(pages.page - 1) : nil,
            nextHref: pages.page < pages.pageCount ? pageLink(pages.page + 1) : nil,
            pageLabel: pages.pageCount > 1 ? "Page \(pages.page) sur \(pages.pageCount)" : nil,
            action: scope.path(.structures), newHref: editor ? scope.path(.newStructure) : nil,
            manageHref: editor ? scope.path(.manage) : nil))
    }

    /// The query of the same search on another page.
    static func pageQuery(_ query: DirectoryQuery, page: Int) -> [(String, String)] {
        [("q", query.q), ("commune", query.commune), ("age", query.age), ("unite", query.unite), ("type", query.type)]
            .compactMap { key, value in (value ?? "").isEmpty ? nil : (key, value ?? "") } + [("page", String(page))]
    }
}
