import CTGCore
import Fluent
import Vapor

/// `/gantt`: the plan over the convention's years, grouped by axe and coloured
/// by status, drawn on the server (no script, prints as is), followed by the
/// same content as a table for screen readers and black-and-white paper.
struct GanttPage: Encodable {
    var layout: Layout
    var conventionTitle: String
    var asOf: String
    /// Whether today falls inside the convention, so the chart has its "aujourd'hui" line.
    var showsToday: Bool
    /// Complete, escaped SVG made by `GanttRenderer`; inlined with `#unsafeHTML`.
    var svg: String
    var table: GanttTable
    /// Header cells plus the "Remarque" column, for the group rows' colspan.
    var columnCount: Int
    var suiviHref: String
    var financeursHref: String
}

enum GanttController {
    @Sendable static func show(req: Request) async throws -> View {
        let conventionID = try await req.userConventionID()
        let today = req.pilotageToday
        let snapshot = try await PlanSnapshotQuery.load(conventionID: conventionID, on: req.db)
        guard let convention = try await Convention.find(conventionID, on: req.db) else {
            throw AppError.notFound(AccessDenied.notFound)
        }
        let scope = try await req.territoryScope()
        let situation = try req.life(of: convention).situation(on: today.frenchDescription)
        return try await req.view.render("gantt", page(snapshot: snapshot, convention: convention, scope: scope, today: today,
                                                       situation: situation))
    }

    /// - Parameter situation: "situation au 3 mars 2024", or the final one once the convention
    ///   has ended, so a 2022–2025 chart read in 2026 never claims statuses "au" a day after its end.
    static func page(snapshot: PlanSnapshot, convention: Convention, scope: TerritoryScope, today: PilotageDate,
                     situation: String) throws -> GanttPage {
        let years = convention.startYear...max(convention.startYear, convention.endYear)
        let rows = snapshot.ganttRows(asOf: today.year)
        let title = "Calendrier des sous-actions \(years.lowerBound)–\(years.upperBound), statuts : \(situation)"
        let table = GanttRenderer.textAlternative(rows: rows, years: years, caption: title)
        return GanttPage(
            layout: Layout(title: "Diagramme de Gantt", scope: scope), conventionTitle: convention.title,
            asOf: situation, showsToday: years.contains(today.year),
            svg: GanttRenderer.svg(rows: rows, years: years, today: today, title: title, idPrefix: "gantt", width: 1000),
            table: table, columnCount: table.headers.count + 1,
            suiviHref: scope.path(.suivi), financeursHref: scope.path(.financeurs))
    }
}
