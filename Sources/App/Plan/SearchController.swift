import Fluent
import Vapor

/// Search across fiches and sous-actions by text, organisation or year.
struct SearchPage: Encodable {
    struct Hit: Encodable {
        var code: String
        var title: String
        var kind: String
        var context: String
        var href: String
    }
    var layout: Layout
    var q: String
    var organisation: String
    var year: String
    var organisations: [String]
    var years: [Int]
    var searched: Bool
    var hits: [Hit]
}

struct SearchQuery: Content {
    var q: String?
    var organisation: String?
    var year: String?
    var convention: Int?
}

enum SearchController {
    @Sendable static func show(req: Request) async throws -> View {
        let query = try req.query.decode(SearchQuery.self)
        let scope = try await req.territoryScope()
        let tree = try await PlanTree.load(conventionID: try scope.requireConventionID(), on: req.db)
        let year = try parseYear(query.year)
        let criteria = PlanSearch.Criteria(text: query.q ?? "", organisation: query.organisation ?? "", year: year)
        let organisations = Set(tree.actions.flatMap { $0.organisations.map(\.label) }
            + tree.actions.flatMap(\.sousActions).flatMap { $0.funders.map(\.label) })
        let page = SearchPage(
            layout: .init(title: "Recherche", scope: scope), q: criteria.text, organisation: criteria.organisation,
            year: year.map(String.init) ?? "", organisations: organisations.sorted(), years: tree.convention.years,
            searched: !criteria.isEmpty, hits: criteria.isEmpty ? [] : PlanSearch.run(criteria, in: tree, scope: scope))
        return try await req.view.render("search", page)
    }

    private static func parseYear(_ raw: String?) throws -> Int? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let year = Int(raw), (1900...2100).contains(year) else {
            throw AppError.invalidInput("L'année « \(raw) » n'est pas valide : indiquez une année sur quatre chiffres.")
        }
        return year
    }
}
