import CTGCore
import Fluent
import Vapor

/// `/{territoire}/tarifs/simulation`: for each ALSH and typical family, today's price and the
/// draft's, the difference in euros and percent, and the revenue effect where attendance is known.
enum TariffSimulationController {
    struct Row: Encodable { var qf: String; var today: String; var draft: String; var difference: String; var percent: String; var rise: Bool }
    struct Block: Encodable {
        var name: String
        var href: String
        var rows: [Row]
        var revenueToday: String?
        var revenueDraft: String?
        var revenueDifference: String?
        var unpriced: Int
    }
    struct Page: Encodable {
        var layout: Layout
        var hasDraft: Bool
        var draftSummary: [[String]]
        var draftHeaders: [String]
        var draftHref: String
        var comparisonHref: String
        var unit: String
        var units: [TariffComparisonController.UnitLink]
        var families: String
        var chart: String
        var blocks: [Block]
    }

    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let unit = TariffComparisonController.unit(try req.query.decode(TariffComparisonController.Query.self).unite)
        let all = try await TariffStore.load(territoryID: scope.territoryID, on: req.db)
        let draft = all.first { $0.row.isDraft }
        let current = TariffStore.current(all, on: TariffStore.today())
        let families = TariffStore.families(all)
        let blocks = current.map { entry -> Block in
            let cells = TariffSimulation.cells(today: entry.grid, draft: draft?.grid, families: families, unit: unit)
            let revenue = draft.flatMap { TariffSimulation.revenue(today: entry.grid, draft: $0.grid, attendance: entry.attendance) }
            return Block(
                name: entry.name, href: scope.path(.tariffs(.grid(id: entry.id))),
                rows: cells.map { cell in
                    Row(qf: "QF \(TariffText.qf(cell.qf))", today: cell.today.map(Cents.format) ?? "—", draft: cell.draft.map(Cents.format) ?? "—",
                        difference: cell.difference.map(signed) ?? "—",
                        percent: cell.percent.map { ($0 > 0 ? "+" : "") + PilotageFormat.percent($0) } ?? "—",
                        rise: (cell.difference ?? 0) > 0)
                },
                revenueToday: revenue.map { Cents.format($0.today) }, revenueDraft: revenue.map { Cents.format($0.draft) },
                revenueDifference: revenue.map { signed($0.difference) }, unpriced: revenue?.unpriced ?? 0)
        }
        let (headers, rows) = TariffTables.grid(draft?.grid)
        return try await req.view.render("tarifs-simulation", Page(
            layout: req.layout(title: "Simulation de la grille harmonisée"), hasDraft: draft != nil,
            draftSummary: rows, draftHeaders: headers, draftHref: scope.path(.tariffs(.draft)),
            comparisonHref: scope.path(.tariffs(.home)), unit: unit.phrase,
            units: TariffComparisonController.unitLinks(scope.path(.tariffs(.simulation)), current: unit),
            families: families.map { "QF \(TariffText.qf($0))" }.joined(separator: ", "),
            chart: TariffChart.svg(series: current.map { .init(name: $0.name, grid: $0.grid) }, draft: draft?.grid, unit: unit,
                                   title: "Prix de la \(unit.phrase) selon le quotient familial : grilles en vigueur et projet harmonisé"),
            blocks: blocks))
    }

    /// "+1,50 €" / "-3,00 €": the sign a reader looks for first.
    static func signed(_ cents: Int) -> String { (cents > 0 ? "+" : "") + Cents.format(cents) }
}

enum TariffRoutes {
    static func register(on app: Application) {
        // Registered with the routes, before the first request: fiche 2-1-1's indicator reads it.
        app.computedSources.provide("tarifs.dispersion", with: TariffDispersionProvider())
        let signedIn = app.signedIn()
        signedIn.get(.tariffs(.home), use: TariffComparisonController.show)
        signedIn.get(.tariffs(.simulation), use: TariffSimulationController.show)
        signedIn.get(.tariffs(.newGrid(structureID: 0)), use: TariffGridController.newForm)
        signedIn.post(.tariffs(.newGrid(structureID: 0)), use: TariffGridController.create)
        signedIn.get(.tariffs(.grid(id: 0)), use: TariffGridController.show)
        signedIn.post(.tariffs(.grid(id: 0)), use: TariffGridController.update)
        let coordinateur = app.signedIn(.coordinateur)
        signedIn.get(.tariffs(.draft), use: TariffGridController.draftForm)
        coordinateur.post(.tariffs(.draft), use: TariffGridController.saveDraft)
    }
}
