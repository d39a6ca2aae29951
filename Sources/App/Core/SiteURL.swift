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
    case signIn
    case signOut
    case adminUsers
    case adminUser(id: Int)
    case adminUserActivation(id: Int)
    case adminJournal
    case adminJournalRestore(entryID: Int)
    // Deliberations register (issue 3)
    case deliberationsCSV
    case deliberationExtrait(number: String)
    case deliberationVote(number: String)
    case deliberationFollowUp(number: String)
    case seances
    case newSeance
    case seance(id: Int)
    case seanceAgenda(id: Int)
    case council
    case councilMembers
    case councilImport
    case councilMemberRemoval(id: Int)
    case registerSettings
    // Indicators and bilan (issue 4)
    case indicators
    case indicator(id: Int)
    case indicatorSettings(id: Int)
    case indicatorMeasurements(id: Int)
    case indicatorMeasurementRemoval(indicatorID: Int, measurementID: Int)
    case expectedResultAssessment(code: String, position: Int)
    case bilanIndex
    case bilan(year: Int)
    case bilanPrint(year: Int)
    case bilanCSV(year: Int)
    case bilanJSON(year: Int)
    // Follow-up of the plan (issue 4, Pilotage/Suivi, Gantt, Financeurs)
    case suivi
    case suiviCSV
    case suiviWeights
    case gantt
    case financeurs
    case sousActionStatus(code: String, sousActionID: Int)
    case sousActionCalendar(code: String, sousActionID: Int)
    // Organisations of the territory (issue 8 §2): to become TerritoryPage cases.
    case organisations
    case organisationMerge

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
        case .adminUser: return ["admin", "utilisateurs", ":userID"]
        case .adminUserActivation: return ["admin", "utilisateurs", ":userID", "activation"]
        case .adminJournalRestore: return ["admin", "journal", ":entryID", "restauration"]
        case .deliberationExtrait: return ["deliberations", ":number", "extrait"]
        case .deliberationVote: return ["deliberations", ":number", "vote"]
        case .deliberationFollowUp: return ["deliberations", ":number", "suivi"]
        case .seance: return ["seances", ":id"]
        case .seanceAgenda: return ["seances", ":id", "deliberations"]
        case .councilMemberRemoval: return ["conseil", "membres", ":id", "suppression"]
        case .sousActionStatus: return ["plan", "fiches", ":code", "sous-actions", ":sousActionID", "statut"]
        case .sousActionCalendar: return ["plan", "fiches", ":code", "sous-actions", ":sousActionID", "calendrier"]
        case .indicator: return ["indicateurs", ":indicatorID"]
        case .indicatorSettings: return ["indicateurs", ":indicatorID", "parametres"]
        case .indicatorMeasurements: return ["indicateurs", ":indicatorID", "mesures"]
        case .indicatorMeasurementRemoval: return ["indicateurs", ":indicatorID", "mesures", ":measurementID", "suppression"]
        case .expectedResultAssessment: return ["plan", "fiches", ":code", "resultats-attendus", ":position"]
        case .bilan: return ["bilan", ":year"]
        case .bilanPrint: return ["bilan", ":year", "impression"]
        case .bilanCSV: return ["bilan", ":year", "bilan.csv"]
        case .bilanJSON: return ["bilan", ":year", "bilan.json"]
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
        case .signIn: return ["connexion"]
        case .signOut: return ["deconnexion"]
        case .adminUsers: return ["admin", "utilisateurs"]
        case .adminUser(let id): return ["admin", "utilisateurs", String(id)]
        case .adminUserActivation(let id): return ["admin", "utilisateurs", String(id), "activation"]
        case .adminJournal: return ["admin", "journal"]
        case .adminJournalRestore(let id): return ["admin", "journal", String(id), "restauration"]
        case .deliberationsCSV: return ["deliberations.csv"]
        case .deliberationExtrait(let number): return ["deliberations", Self.escape(number), "extrait"]
        case .deliberationVote(let number): return ["deliberations", Self.escape(number), "vote"]
        case .deliberationFollowUp(let number): return ["deliberations", Self.escape(number), "suivi"]
        case .seances: return ["seances"]
        case .newSeance: return ["seances", "nouvelle"]
        case .seance(let id): return ["seances", String(id)]
        case .seanceAgenda(let id): return ["seances", String(id), "deliberations"]
        case .organisations: return ["organisations"]
        case .organisationMerge: return ["organisations", "fusion"]
        case .council: return ["conseil"]
        case .councilMembers: return ["conseil", "membres"]
        case .councilImport: return ["conseil", "import"]
        case .councilMemberRemoval(let id): return ["conseil", "membres", String(id), "suppression"]
        case .registerSettings: return ["conseil", "parametres"]
        case .indicators: return ["indicateurs"]
        case .indicator(let id): return ["indicateurs", String(id)]
        case .indicatorSettings(let id): return ["indicateurs", String(id), "parametres"]
        case .indicatorMeasurements(let id): return ["indicateurs", String(id), "mesures"]
        case .indicatorMeasurementRemoval(let id, let measurementID):
            return ["indicateurs", String(id), "mesures", String(measurementID), "suppression"]
        case .expectedResultAssessment(let code, let position):
            return ["plan", "fiches", Self.escape(code), "resultats-attendus", String(position)]
        case .bilanIndex: return ["bilan"]
        case .bilan(let year): return ["bilan", String(year)]
        case .bilanPrint(let year): return ["bilan", String(year), "impression"]
        case .bilanCSV(let year): return ["bilan", String(year), "bilan.csv"]
        case .bilanJSON(let year): return ["bilan", String(year), "bilan.json"]
        case .suivi: return ["suivi"]
        case .suiviCSV: return ["suivi.csv"]
        case .suiviWeights: return ["suivi", "ponderations"]
        case .gantt: return ["gantt"]
        case .financeurs: return ["financeurs"]
        case .sousActionStatus(let code, let id): return ["plan", "fiches", Self.escape(code), "sous-actions", String(id), "statut"]
        case .sousActionCalendar(let code, let id): return ["plan", "fiches", Self.escape(code), "sous-actions", String(id), "calendrier"]
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

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ url: SiteURL, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        post(url.pathComponents, use: closure)
    }
}
