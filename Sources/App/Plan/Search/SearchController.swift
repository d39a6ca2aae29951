import CTGCore
import Fluent
import Vapor

/// `/{territoire}/recherche`: the plan's fiches and sous-actions found by French full-text search
/// (PlanSearchIndex), an organisation or a year; each hit links to its sous-action on the fiche,
/// the matched words marked. Only indexed queries: the whole plan is never loaded here.
struct SearchPage: Encodable {
    struct Part: Encodable { var text: String; var matched: Bool }
    struct Hit: Encodable {
        var code: String
        var title: [Part]
        var kind: String
        var context: [Part]
        var href: String
    }
    struct Option: Encodable { var label: String; var selected: Bool }
    var layout: Layout
    var q: String
    var year: String
    var organisations: [Option]
    var years: [Int]
    var searched: Bool
    var summary: String
    var hits: [Hit]
}

struct SearchQuery: Content {
    var q: String?
    var organisation: String?
    var year: String?
    var convention: Int?
}

enum SearchController {
    /// Enough for any plan of a CTG; a longer list asks for a narrower search.
    static let limit = 200

    @Sendable static func show(req: Request) async throws -> View {
        let query = try req.query.decode(SearchQuery.self)
        let scope = try await req.territoryScope()
        let conventionID = try scope.requireConventionID()
        let year = try parseYear(query.year)
        let text = (query.q ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let organisation = (query.organisation ?? "").trimmingCharacters(in: .whitespaces)
        let keys = FrenchSearchText.queryKeys(text)
        let searched = !text.isEmpty || !organisation.isEmpty || year != nil
        var hits: [SearchPage.Hit] = []
        if searched {
            let found: [(actionID: Int, sousActionID: Int?)]
            if !keys.isEmpty {
                try await PlanSearchIndex.ensureBuilt(conventionID: conventionID, on: req.db)
                found = try await PlanSearchIndex.matches(conventionID: conventionID, keys: keys, limit: limit, on: req.db)
            } else {
                found = try await PlanSearchRow.query(on: req.db).filter(\.$conventionID == conventionID)
                    .sort(\.$id).all().map { ($0.actionID, $0.sousActionID) }
            }
            hits = try await SearchHits.build(found, keys: keys, organisation: organisation, year: year, scope: scope, on: req.db)
        }
        let organisations = try await SearchHits.organisationLabels(conventionID: conventionID, on: req.db)
        let wanted = FrenchLabels.key(organisation)
        let title = text.isEmpty ? "Recherche" : "Recherche « \(text) »"
        let page = SearchPage(
            layout: .init(title: title, scope: scope), q: text, year: year.map(String.init) ?? "",
            organisations: organisations.map { .init(label: $0, selected: !wanted.isEmpty && FrenchLabels.key($0) == wanted) },
            years: scope.convention?.years ?? [], searched: searched,
            summary: hits.count >= limit ? "Plus de \(limit) résultats : précisez la recherche."
                : hits.isEmpty ? "Aucun résultat" : FrenchFormat.plural(hits.count, "résultat", "résultats"),
            hits: hits)
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
