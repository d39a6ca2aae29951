import CTGCore
import Fluent
import Vapor

/// One indicator loaded for a request, after the territory check: an indicator
/// of another territory is "not found", never "forbidden".
struct IndicatorVisit {
    var user: User
    var action: PlanAction
    var convention: Convention
    var item: LoadedIndicator
    var currentYear: Int
    var canEdit: Bool
    /// Links of the indicator's pages and forms stay in its territory and convention.
    var ref: TerritoryRef

    var years: [Int] { convention.years }

    /// - Parameter forWriting: a lecteur is refused (403) before anything is looked up,
    ///   and a référent who is not responsable of the fiche right after.
    static func load(_ req: Request, forWriting: Bool = false) async throws -> IndicatorVisit {
        let user = try req.requireUser()
        if forWriting, user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard let id = req.parameters.get("indicatorID", as: Int.self),
              let indicator = try await Indicator.find(id, on: req.db),
              let action = try await PlanAction.find(indicator.$action.id, on: req.db) else {
            throw AppError.notFound("Cet indicateur n'existe pas.")
        }
        let convention = try await req.requireTerritory(conventionID: action.$convention.id)
        if forWriting { try await req.requireEdit(actionID: try action.requireID()) }
        let currentYear = req.pilotageToday.year
        let items = try await IndicatorBook.load(conventionID: try convention.requireID(), years: convention.years,
                                                 upTo: currentYear, sources: req.application.computedSources,
                                                 only: id, on: req.db)
        guard let item = items.first else { throw AppError.notFound("Cet indicateur n'existe pas.") }
        let canEdit = try await AccessPolicy.canEdit(user, action: action, on: req.db)
        let ref = try await req.territoryScope().ref(for: try convention.requireID())
        return IndicatorVisit(user: user, action: action, convention: convention, item: item,
                              currentYear: currentYear, canEdit: canEdit, ref: ref)
    }

    /// The year a form proposes first: this year when the convention covers it, else its closest year.
    var defaultYear: Int {
        min(max(currentYear, years.first ?? currentYear), years.last ?? currentYear)
    }

    /// Field label for the audit log, after "Indicateur 1-1-1 — ": "n° 2 (« Nombre annuel de réunions ») — cible 2023".
    func auditField(_ what: String) -> String { item.indicator.auditField(what) }
}

extension Indicator {
    func auditField(_ what: String) -> String {
        let short = label.count > 50 ? String(label.prefix(49)) + "…" : label
        return "n° \(position + 1) (« \(short) ») — \(what)"
    }
}

extension Date {
    /// ISO day in France, the way dates are stored as text.
    var parisISODay: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        let p = calendar.dateComponents([.year, .month, .day], from: self)
        return String(format: "%04d-%02d-%02d", p.year ?? 0, p.month ?? 1, p.day ?? 1)
    }
}
