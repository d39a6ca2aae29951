import CTGCore
import Fluent
import Vapor

/// Reading pages: `/indicateurs` and `/indicateurs/{id}`, for every signed-in role.
enum IndicatorController {
    @Sendable static func show(req: Request) async throws -> View {
        let visit = try await IndicatorVisit.load(req)
        return try await req.view.render("indicateur", IndicatorPage.build(req, visit: visit))
    }

    @Sendable static func index(req: Request) async throws -> View {
        let conventionID = try await req.userConventionID()
        let tree = try await PlanTree.load(conventionID: conventionID, on: req.db)
        let currentYear = req.pilotageToday.year
        let items = try await IndicatorBook.load(conventionID: conventionID, years: tree.convention.years, upTo: currentYear,
                                                 sources: req.application.computedSources, on: req.db)
        return try await req.view.render("indicateurs", IndicatorsPage.build(req, tree: tree, items: items, currentYear: currentYear))
    }

    /// A refused form: the indicator page again, with the reasons and what was typed (422, nothing saved).
    static func refuse(_ req: Request, visit: IndicatorVisit, errors: [String],
                       measurement: [String: String]? = nil, settings: [String: String]? = nil) async throws -> Response {
        let page = IndicatorPage.build(req, visit: visit, errors: errors, typedMeasurement: measurement, typedSettings: settings)
        let response = try await req.view.render("indicateur", page).encodeResponse(for: req)
        response.status = .unprocessableEntity
        return response
    }
}

/// `/indicateurs`: every indicator of the plan, by axe and fiche, latest value against target.
struct IndicatorsPage: Encodable {
    struct Fiche: Encodable {
        var code: String
        var title: String
        var href: String
        var indicators: [IndicatorSummary]
    }
    struct AxeGroup: Encodable {
        var title: String
        var fiches: [Fiche]
    }

    var layout: Layout
    var conventionTitle: String
    var currentYear: Int
    var axes: [AxeGroup]
    var total: Int
    var measured: Int
    var computed: Int

    static func build(_ req: Request, tree: PlanTree, items: [LoadedIndicator], currentYear: Int) -> IndicatorsPage {
        let byAction = Dictionary(grouping: items, by: \.actionID)
        let summaries = items.map { IndicatorSummary($0, upTo: currentYear, ref: tree.ref) }
        let axes = tree.axes.map { axe in
            AxeGroup(title: "Axe \(axe.number) — \(axe.displayTitle)", fiches: axe.sortedObjectifs.flatMap(\.sortedActions).map { action in
                Fiche(code: action.code, title: action.title, href: tree.ref.path(.fiche(code: action.code)),
                      indicators: (byAction[action.id ?? 0] ?? []).sorted { $0.indicator.position < $1.indicator.position }
                          .map { IndicatorSummary($0, upTo: currentYear, ref: tree.ref) })
            })
        }
        return IndicatorsPage(layout: req.layout(title: "Indicateurs"), conventionTitle: tree.convention.title,
                              currentYear: min(currentYear, tree.convention.endYear), axes: axes, total: items.count,
                              measured: summaries.filter { $0.latest != nil }.count,
                              computed: items.filter { $0.indicator.computedSource != nil }.count)
    }
}
