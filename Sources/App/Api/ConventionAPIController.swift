import Fluent
import Vapor

/// `GET /api/v1/territoires`, `GET /api/v1/territoires/{territoire}/plan` (`?convention=ID`
/// for an older one), and the first version's `/api/v1/conventions…`, kept for its clients.
enum ConventionAPIController {
    struct ConventionSummary: Content {
        var id: Int
        var title: String
        var territory: String
        var territorySlug: String
        /// Null when the territory was created from a text that does not give it.
        var siren: String?
        var caf: String
        var startYear: Int
        var endYear: Int
        var planURL: String
    }

    struct TerritorySummary: Content {
        var slug: String
        var name: String
        var siren: String?
        var departement: String
        var conventions: [ConventionSummary]
    }

    /// `?page=N&per=M` (100 a page by default, 500 at most); the total is in `X-Total-Count` and
    /// the next page's address in `Link` (RFC 8288), so the body stays the list it always was.
    @Sendable static func territories(req: Request) async throws -> Response {
        let request = try APIPage.request(req, defaultPer: 100, maxPer: 500)
        let page = try await Territory.query(on: req.db).sort(\.$name).sort(\.$id).paginate(request)
        let ids = page.items.compactMap(\.id)
        let conventions = ids.isEmpty ? [] : try await summaries(
            Convention.query(on: req.db).filter(\.$territory.$id ~~ ids), on: req.db)
        let body = page.items.map { territory in
            TerritorySummary(slug: territory.slug, name: territory.name, siren: territory.siren,
                             departement: territory.departement,
                             conventions: conventions.filter { $0.territorySlug == territory.slug })
        }
        let response = try await body.encodeResponse(for: req)
        APIPage.describe(page.metadata, path: SiteURL.api(.territories).path, on: response)
        return response
    }

    @Sendable static func index(req: Request) async throws -> [ConventionSummary] {
        try await summaries(on: req.db)
    }

    private static func summaries(on db: any Database) async throws -> [ConventionSummary] {
        try await summaries(Convention.query(on: db), on: db)
    }

    /// The conventions `query` selects, each with the plan address its territory's current one has.
    private static func summaries(_ query: QueryBuilder<Convention>, on db: any Database) async throws -> [ConventionSummary] {
        let conventions = try await query.with(\.$territory).sort(\.$id).all()
        let current = try await TerritoriesController.currentConventions(of: Array(Set(conventions.map(\.$territory.id))), on: db)
        return try conventions.map {
            let id = try $0.requireID()
            let ref = TerritoryRef(slug: $0.territory.slug, convention: current[$0.$territory.id]?.id == id ? nil : id)
            return ConventionSummary(id: id, title: $0.title, territory: $0.territory.name,
                                     territorySlug: $0.territory.slug, siren: $0.territory.siren,
                                     caf: $0.cafName, startYear: $0.startYear, endYear: $0.endYear,
                                     planURL: SiteURL.api(.plan(ref)).path)
        }
    }

    @Sendable static func plan(req: Request) async throws -> Response {
        let (_, data) = try await PlanExport.document(conventionID: try await req.conventionID(), on: req.db)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// The first version's address of a plan: 301 to its territory's.
    @Sendable static func legacyPlan(req: Request) async throws -> Response {
        guard let raw = req.parameters.get("id"), let id = Int(raw) else {
            throw AppError.invalidInput("L'identifiant de convention doit être un nombre entier.")
        }
        guard let convention = try await Convention.query(on: req.db).filter(\.$id == id).with(\.$territory).first() else {
            throw AppError.notFound("Aucune convention n° \(id) n'est enregistrée.")
        }
        let current = try await TerritoryScope.currentConvention(territoryID: convention.$territory.id, on: req.db)?.id
        let ref = TerritoryRef(slug: convention.territory.slug, convention: current == id ? nil : id)
        return req.redirect(to: SiteURL.api(.plan(ref)).path, redirectType: .permanent)
    }
}
