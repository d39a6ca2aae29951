import Vapor

/// Every address of the site, in one place: routes are registered from it and
/// views receive links built from it, so no link is a hand-written string.
enum SiteURL: Equatable, Sendable {
    case home
    case plan
    case fiche(code: String)
    case planCSV
    case deliberations
    case deliberation(number: String)
    case search
    case health
    case stylesheet
    case api(API)

    enum API: Equatable, Sendable {
        case conventions
        case plan(conventionID: Int)
    }

    /// The link to put in a page.
    var path: String {
        "/" + segments.joined(separator: "/")
    }

    /// The route pattern, with `:name` parameters where a link has values.
    var pathComponents: [PathComponent] {
        switch self {
        case .fiche: return ["plan", "fiches", ":code"]
        case .deliberation: return ["deliberations", ":number"]
        case .api(.plan): return ["api", "v1", "conventions", ":id", "plan"]
        default: return segments.map { PathComponent(stringLiteral: $0) }
        }
    }

    private var segments: [String] {
        switch self {
        case .home: return []
        case .plan: return ["plan"]
        case .fiche(let code): return ["plan", "fiches", Self.escape(code)]
        case .planCSV: return ["plan.csv"]
        case .deliberations: return ["deliberations"]
        case .deliberation(let number): return ["deliberations", Self.escape(number)]
        case .search: return ["recherche"]
        case .health: return ["health"]
        case .stylesheet: return ["css", "ctg.css"]
        case .api(.conventions): return ["api", "v1", "conventions"]
        case .api(.plan(let id)): return ["api", "v1", "conventions", String(id), "plan"]
        }
    }

    private static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? segment
    }
}

extension RoutesBuilder {
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        get(url.pathComponents, use: closure)
    }
}
