import Vapor

/// The pages of one territory, under `/{territoire}/…`.
enum TerritoryPage: Equatable, Sendable {
    case home
    case plan
    case fiche(code: String)
    case planCSV
    case search
    // Deliberations register (issue 3)
    case deliberations
    case deliberation(number: String)
    case deliberationsCSV
    case deliberationExtrait(number: String)
    case deliberationVote(number: String)
    case deliberationFollowUp(number: String)
    case seances
    case newSeance
    case seance(id: Int)
    case seanceAgenda(id: Int)
    case seanceAttendance(id: Int)
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
    case indicatorMeasurementEdit(indicatorID: Int, measurementID: Int)
    case expectedResultAssessment(code: String, position: Int)
    case expectedResultAssessmentEdit(code: String, position: Int, assessmentID: Int)
    case bilanIndex
    case bilan(year: Int)
    case bilanPrint(year: Int)
    case bilanCSV(year: Int)
    case bilanJSON(year: Int)
    case bilanPDF(year: Int)
    // Print (issue 13): the @page margins (CTG, territory, date) of every printed page
    case printStylesheet
    // Follow-up of the plan (issue 4)
    case suivi
    case suiviCSV
    case suiviWeights
    case gantt
    case financeurs
    case sousActionStatus(code: String, sousActionID: Int)
    case sousActionCalendar(code: String, sousActionID: Int)
    // Plan spreadsheets (issue 8 §4): the XLSX export beside plan.csv, the coordinateur's import
    case planXLSX
    case planImport
    // Plan editor (issue 8 §4): its own addresses in Plan/Editor/PlanEditorPath.swift
    case planEditor(PlanEditorPath)
    // Organisations of the territory (issue 8 §2)
    case organisations
    case organisationMerge
    // Animations and agenda (issue 10 part 2): public pages, then the organisers' back office
    case agenda
    case agendaICS
    case agendaAtom
    case animation(id: Int)
    case registrationCancel(token: String)
    case animationsAdmin
    case newAnimation
    case animationAdmin(id: Int)
    case animationCancel(id: Int)
    case animationAttendance(id: Int)
    case animationSheet(id: Int)
    // Guichet (issue 10): the structures directory, the information spaces, the back-office list
    case guichet(GuichetPage)
    // Daily use (issue 13): the convention's avenants (list for all, form for the coordinateur)
    case avenants
    case calendarBulk
    // Petite enfance (issue 11): its own addresses in Occupation/OccupancyPath.swift
    case occupancy(OccupancyPath)
    case equipment(EquipmentPath)
    case rpe(RPEPath)
    // Enquêtes and chantiers de jeunes (issue 12): their own addresses in Enquetes/, Chantiers/
    case survey(SurveyPath)
    case chantier(ChantierPath)
    // Conseil communautaire de jeunes (issue 12): its own addresses in CCJ/CCJPath.swift
    case ccj(CCJPath)
    // ALSH tariffs (issue 12): its own addresses in Tarifs/TariffPath.swift
    case tariffs(TariffPath)
    // Files (issue 13): attachments of acts, séances, fiches, sous-actions, measurements
    case files(FilesPath)
    // Moyens en euros (issue 13): its own addresses in Pilotage/Budgets/BudgetPath.swift
    case budget(BudgetPath)
    // Daily use (issue 13): cancelling a séance or deliberation recorded by mistake, reinstating it
    case cancellation(CancellationPath)

    /// First segments of the addresses these pages had before territories got their own
    /// space (issue 8): they answer 301 to the default territory's page, and no slug may take them.
    static let legacyRoots: Set<String> = [
        "plan", "plan.csv", "plan.xlsx", "recherche", "deliberations", "deliberations.csv", "seances", "conseil",
        "indicateurs", "bilan", "suivi", "suivi.csv", "gantt", "financeurs",
    ]

    var pathComponents: [PathComponent] {
        switch self {
        case .fiche: return ["plan", "fiches", ":code"]
        case .deliberation: return ["deliberations", ":number"]
        case .deliberationExtrait: return ["deliberations", ":number", "extrait"]
        case .deliberationVote: return ["deliberations", ":number", "vote"]
        case .deliberationFollowUp: return ["deliberations", ":number", "suivi"]
        case .seance: return ["seances", ":id"]
        case .seanceAgenda: return ["seances", ":id", "deliberations"]
        case .seanceAttendance: return ["seances", ":id", "presences"]
        case .councilMemberRemoval: return ["conseil", "membres", ":id", "suppression"]
        case .sousActionStatus: return ["plan", "fiches", ":code", "sous-actions", ":sousActionID", "statut"]
        case .sousActionCalendar: return ["plan", "fiches", ":code", "sous-actions", ":sousActionID", "calendrier"]
        case .indicator: return ["indicateurs", ":indicatorID"]
        case .indicatorSettings: return ["indicateurs", ":indicatorID", "parametres"]
        case .indicatorMeasurements: return ["indicateurs", ":indicatorID", "mesures"]
        case .indicatorMeasurementRemoval: return ["indicateurs", ":indicatorID", "mesures", ":measurementID", "suppression"]
        case .indicatorMeasurementEdit: return ["indicateurs", ":indicatorID", "mesures", ":measurementID", "modification"]
        case .expectedResultAssessment: return ["plan", "fiches", ":code", "resultats-attendus", ":position"]
        case .expectedResultAssessmentEdit:
            return ["plan", "fiches", ":code", "resultats-attendus", ":position", "evaluations", ":assessmentID", "correction"]
        case .bilan: return ["bilan", ":year"]
        case .bilanPrint: return ["bilan", ":year", "impression"]
        case .bilanCSV: return ["bilan", ":year", "bilan.csv"]
        case .bilanJSON: return ["bilan", ":year", "bilan.json"]
        case .bilanPDF: return ["bilan", ":year", "bilan.pdf"]
        case .planEditor(let page): return page.pathComponents
        case .animation: return ["animations", ":animationID"]
        case .registrationCancel: return ["inscriptions", ":token", "annulation"]
        case .animationAdmin: return ["gestion", "animations", ":animationID"]
        case .animationCancel: return ["gestion", "animations", ":animationID", "annulation"]
        case .animationAttendance: return ["gestion", "animations", ":animationID", "presences"]
        case .animationSheet: return ["gestion", "animations", ":animationID", "emargement"]
        case .guichet(let page): return page.pathComponents
        case .occupancy(let page): return page.pathComponents
        case .equipment(let page): return page.pathComponents
        case .rpe(let page): return page.pathComponents
        case .survey(let page): return page.pathComponents
        case .chantier(let page): return page.pathComponents
        case .ccj(let page): return page.pathComponents
        case .tariffs(let page): return page.pathComponents
        case .files(let page): return page.pathComponents
        case .budget(let page): return page.pathComponents
        case .cancellation(let page): return page.pathComponents
        default: return segments.map { PathComponent(stringLiteral: $0) }
        }
    }

    var segments: [String] {
        let escape = SiteURL.escape
        switch self {
        case .home: return []
        case .plan: return ["plan"]
        case .fiche(let code): return ["plan", "fiches", escape(code)]
        case .planCSV: return ["plan.csv"]
        case .planXLSX: return ["plan.xlsx"]
        case .planImport: return ["plan", "import"]
        case .search: return ["recherche"]
        case .deliberations: return ["deliberations"]
        case .deliberation(let number): return ["deliberations", escape(number)]
        case .deliberationsCSV: return ["deliberations.csv"]
        case .deliberationExtrait(let number): return ["deliberations", escape(number), "extrait"]
        case .deliberationVote(let number): return ["deliberations", escape(number), "vote"]
        case .deliberationFollowUp(let number): return ["deliberations", escape(number), "suivi"]
        case .seances: return ["seances"]
        case .newSeance: return ["seances", "nouvelle"]
        case .seance(let id): return ["seances", String(id)]
        case .seanceAgenda(let id): return ["seances", String(id), "deliberations"]
        case .seanceAttendance(let id): return ["seances", String(id), "presences"]
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
        case .indicatorMeasurementEdit(let id, let measurementID):
            return ["indicateurs", String(id), "mesures", String(measurementID), "modification"]
        case .expectedResultAssessment(let code, let position):
            return ["plan", "fiches", escape(code), "resultats-attendus", String(position)]
        case .expectedResultAssessmentEdit(let code, let position, let assessmentID):
            return ["plan", "fiches", escape(code), "resultats-attendus", String(position), "evaluations", String(assessmentID), "correction"]
        case .bilanIndex: return ["bilan"]
        case .bilan(let year): return ["bilan", String(year)]
        case .bilanPrint(let year): return ["bilan", String(year), "impression"]
        case .bilanCSV(let year): return ["bilan", String(year), "bilan.csv"]
        case .bilanJSON(let year): return ["bilan", String(year), "bilan.json"]
        case .bilanPDF(let year): return ["bilan", String(year), "bilan.pdf"]
        case .printStylesheet: return ["impression.css"]
        case .suivi: return ["suivi"]
        case .suiviCSV: return ["suivi.csv"]
        case .suiviWeights: return ["suivi", "ponderations"]
        case .gantt: return ["gantt"]
        case .financeurs: return ["financeurs"]
        case .organisations: return ["organisations"]
        case .organisationMerge: return ["organisations", "fusion"]
        case .avenants: return ["avenants"]
        case .calendarBulk: return ["suivi", "calendrier"]
        case .sousActionStatus(let code, let id): return ["plan", "fiches", escape(code), "sous-actions", String(id), "statut"]
        case .sousActionCalendar(let code, let id): return ["plan", "fiches", escape(code), "sous-actions", String(id), "calendrier"]
        case .planEditor(let page): return page.segments.map(escape)
        case .agenda: return ["agenda"]
        case .agendaICS: return ["agenda.ics"]
        case .agendaAtom: return ["agenda.atom"]
        case .animation(let id): return ["animations", String(id)]
        case .registrationCancel(let token): return ["inscriptions", escape(token), "annulation"]
        case .animationsAdmin: return ["gestion", "animations"]
        case .newAnimation: return ["gestion", "animations", "nouvelle"]
        case .animationAdmin(let id): return ["gestion", "animations", String(id)]
        case .animationCancel(let id): return ["gestion", "animations", String(id), "annulation"]
        case .animationAttendance(let id): return ["gestion", "animations", String(id), "presences"]
        case .animationSheet(let id): return ["gestion", "animations", String(id), "emargement"]
        case .guichet(let page): return page.segments.map(escape)
        case .occupancy(let page): return page.segments
        case .equipment(let page): return page.segments
        case .rpe(let page): return page.segments
        case .survey(let page): return page.segments
        case .chantier(let page): return page.segments
        case .ccj(let page): return page.segments
        case .tariffs(let page): return page.segments
        case .files(let page): return page.segments
        case .budget(let page): return page.segments
        case .cancellation(let page): return page.segments
        }
    }
}

extension RoutesBuilder {
    /// Registers a territory page: the `:territoire` segment comes first.
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ page: TerritoryPage, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        get(SiteURL.territory(.init(slug: ""), page).pathComponents, use: closure)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ page: TerritoryPage, use closure: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        post(SiteURL.territory(.init(slug: ""), page).pathComponents, use: closure)
    }
}
