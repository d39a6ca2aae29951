import Vapor

/// Every address of the site, in one place: routes are registered from it and
/// views receive links built from it, so no link is a hand-written string.
/// A page of one territory can only be named with that territory
/// (`.territory(ref, .plan)`), so a view cannot build a link that forgets it.
enum SiteURL: Equatable, Sendable {
    /// The territories (or the only one's home).
    case home
    case health
    /// Alive, without asking the database: for a load balancer's liveness probe, and the plain
    /// reference the benchmarks compare pages with.
    case liveness
    case stylesheet
    case signIn
    case signOut
    case adminUsers
    case adminUser(id: Int)
    case adminUserActivation(id: Int)
    case adminJournal
    case adminJournalRestore(entryID: Int)
    case api(API)
    case territory(TerritoryRef, TerritoryPage)
    // Instance admin (issue 8 §4): territories and their first coordinateurs
    case adminTerritories
    case adminTerritoryCoordinators(territoryID: Int)
    // Comparing territories (issue 8 §5): a CAF's territories side by side
    case territories
    // Guichet (issue 10): the site's accessibility statement
    case accessibility
    // Speed (issue 9): Prometheus metrics, for loopback or a token
    case metrics
    // Accounts (issue 13 §4): a password link (`?jeton=`), one's own password, a reset link
    case passwordLink
    case accountPassword
    // Users' names (issue 13): one's own display name
    case accountName
    case adminUserReset(id: Int)
    case forgottenPassword
    // Daily use (issue 13): the journal's CSV export and the instance journal
    case adminJournalCSV
    case adminInstanceJournal

    enum API: Equatable, Sendable {
        case territories
        /// The plan of a territory's convention: its current one, or `ref.convention`.
        case plan(TerritoryRef)
        /// Kept for clients of the first API version; answers 301 to `.plan`.
        case legacyPlan(conventionID: Int)
        case legacyConventions
        /// Upcoming animations of a territory, and registering to one (issue 10).
        case animations(TerritoryRef)
        case animationRegistrations(TerritoryRef, animationID: Int)
        /// The structures directory of a territory (issue 10).
        case structures(TerritoryRef)
    }

    /// The link to put in a page, with `?convention=` when the territory reference names one.
    var path: String {
        "/" + segments.joined(separator: "/") + (conventionQuery.map { "?convention=\($0)" } ?? "")
    }

    /// `path` with more query items, joined with `?` or `&` as needed.
    func path(query items: [(String, String)]) -> String {
        let extra = items.map { "\($0.0)=\(SiteURL.queryValue($0.1))" }.joined(separator: "&")
        guard !extra.isEmpty else { return path }
        return path + (conventionQuery == nil ? "?" : "&") + extra
    }

    private var conventionQuery: Int? {
        switch self {
        case .territory(let ref, _), .api(.plan(let ref)): return ref.convention
        default: return nil
        }
    }

    /// The route pattern, with `:name` parameters where a link has values.
    var pathComponents: [PathComponent] {
        switch self {
        case .territory(_, let page): return [.parameter(TerritoryRef.parameter)] + page.pathComponents
        case .api(.plan): return ["api", "v1", "territoires", .parameter(TerritoryRef.parameter), "plan"]
        case .api(.animations): return ["api", "v1", "territoires", .parameter(TerritoryRef.parameter), "animations"]
        case .api(.animationRegistrations):
            return ["api", "v1", "territoires", .parameter(TerritoryRef.parameter), "animations", ":animationID", "registrations"]
        case .api(.structures): return ["api", "v1", "territoires", .parameter(TerritoryRef.parameter), "structures"]
        case .api(.legacyPlan): return ["api", "v1", "conventions", ":id", "plan"]
        case .adminUser: return ["admin", "utilisateurs", ":userID"]
        case .adminUserActivation: return ["admin", "utilisateurs", ":userID", "activation"]
        case .adminUserReset: return ["admin", "utilisateurs", ":userID", "reinitialisation"]
        case .adminJournalRestore: return ["admin", "journal", ":entryID", "restauration"]
        case .adminTerritoryCoordinators: return ["admin", "territoires", ":territoryID", "coordinateurs"]
        default: return segments.map { PathComponent(stringLiteral: $0) }
        }
    }

    private var segments: [String] {
        switch self {
        case .home: return []
        case .health: return ["health"]
        case .liveness: return ["health", "live"]
        case .metrics: return ["metrics"]
        case .stylesheet: return ["css", "ctg.css"]
        case .signIn: return ["connexion"]
        case .signOut: return ["deconnexion"]
        case .adminUsers: return ["admin", "utilisateurs"]
        case .adminUser(let id): return ["admin", "utilisateurs", String(id)]
        case .adminUserActivation(let id): return ["admin", "utilisateurs", String(id), "activation"]
        case .adminJournal: return ["admin", "journal"]
        case .adminJournalRestore(let id): return ["admin", "journal", String(id), "restauration"]
        case .api(.territories): return ["api", "v1", "territoires"]
        case .api(.plan(let ref)): return ["api", "v1", "territoires", ref.slug, "plan"]
        case .api(.animations(let ref)): return ["api", "v1", "territoires", ref.slug, "animations"]
        case .api(.animationRegistrations(let ref, let id)):
            return ["api", "v1", "territoires", ref.slug, "animations", String(id), "registrations"]
        case .api(.legacyPlan(let id)): return ["api", "v1", "conventions", String(id), "plan"]
        case .api(.legacyConventions): return ["api", "v1", "conventions"]
        case .territory(let ref, let page): return [ref.slug] + page.segments
        case .adminTerritories: return ["admin", "territoires"]
        case .adminTerritoryCoordinators(let id): return ["admin", "territoires", String(id), "coordinateurs"]
        case .territories: return ["territoires"]
        case .accessibility: return ["accessibilite"]
        case .api(.structures(let ref)): return ["api", "v1", "territoires", ref.slug, "structures"]
        case .passwordLink: return ["mot-de-passe"]
        case .accountPassword: return ["compte", "mot-de-passe"]
        case .accountName: return ["compte", "nom"]
        case .adminUserReset(let id): return ["admin", "utilisateurs", String(id), "reinitialisation"]
        case .forgottenPassword: return ["mot-de-passe-oublie"]
        case .adminJournalCSV: return ["admin", "journal.csv"]
        case .adminInstanceJournal: return ["admin", "journal-instance"]
        }
    }

    static func escape(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? segment
    }
}

/// Which territory a link is about, and which of its conventions when it is not the current one.
struct TerritoryRef: Equatable, Sendable, Codable {
    static let parameter = "territoire"

    var slug: String
    /// Only set when a page was opened on an older convention, so its links stay on it.
    var convention: Int?

    init(slug: String, convention: Int? = nil) {
        self.slug = slug
        self.convention = convention
    }

    func url(_ page: TerritoryPage) -> SiteURL { .territory(self, page) }
    func path(_ page: TerritoryPage) -> String { url(page).path }
}

extension RoutesBuilder {
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        get(url.pathComponents, use: closure)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        post(url.pathComponents, use: closure)
    }
}
