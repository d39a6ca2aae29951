import CTGCore
import Fluent
import Vapor

/// `/{territoire}/tarifs`: the grids in force at every ALSH side by side, the price they ask of
/// each typical family, the dispersion, and the chart of price against QF.
enum TariffComparisonController {
    struct Query: Content { var unite: String? }
    struct UnitLink: Encodable { var label: String; var href: String; var current: Bool }
    struct GridLink: Encodable { var label: String; var href: String; var inForce: Bool }
    struct Legend: Encodable { var name: String; var color: String; var dash: String }
    struct Alsh: Encodable {
        var name: String; var isDemo: Bool; var grids: [GridLink]; var newHref: String?
        var headers: [String]; var rows: [[String]]; var supplement: String?
    }
    struct FamilyRow: Encodable { var qf: String; var prices: [String]; var dispersion: String }

    struct Page: Encodable {
        var layout: Layout
        var day: String
        var unit: String
        var units: [UnitLink]
        var chart: String
        var legend: [Legend]
        var structures: [Alsh]
        var names: [String]
        var families: [FamilyRow]
        var draftHref: String
        var simulationHref: String
        var canDraft: Bool
    }

    static func unit(_ raw: String?) -> TariffUnit { raw.flatMap(TariffUnit.init) ?? .dayMeal }

    static func unitLinks(_ base: String, current: TariffUnit) -> [UnitLink] {
        TariffUnit.allCases.map { UnitLink(label: $0.label, href: base + "?unite=\($0.rawValue)", current: $0 == current) }
    }

    static func alshStructures(territoryID: Int, on db: any Database) async throws -> [Structure] {
        try await Structure.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$kind == StructureKind.alsh.rawValue).sort(\.$name).all()
    }

    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let unit = unit(try req.query.decode(Query.self).unite)
        let user = req.currentUser
        let all = try await TariffStore.load(territoryID: scope.territoryID, on: req.db)
        let day = TariffStore.today()
        let current = TariffStore.current(all, on: day)
        let families = TariffStore.families(all)
        let structures = try await alshStructures(territoryID: scope.territoryID, on: req.db)
        let blocks = structures.map { structure -> Alsh in
            let id = structure.id ?? 0
            let own = all.filter { $0.row.$structure.id == id }
            let inForce = current.first { $0.row.$structure.id == id }
            let editable = TariffAccess.canEdit(user, territoryID: scope.territoryID, organisationID: structure.$organisation.id)
            let (headers, rows) = TariffTables.grid(inForce?.grid)
            return Alsh(name: structure.name, isDemo: structure.isDemo,
                        grids: own.map { GridLink(label: TariffTables.validity($0.grid), href: scope.path(.tariffs(.grid(id: $0.id))),
                                                  inForce: $0.id == inForce?.id) },
                        newHref: editable ? scope.path(.tariffs(.newGrid(structureID: id))) : nil,
                        headers: headers, rows: rows,
                        supplement: (inForce?.grid.outsideSupplement ?? 0) > 0 ? Cents.format(inForce!.grid.outsideSupplement) : nil)
        }
        let series = current.map { TariffChart.Series(name: $0.name, grid: $0.grid) }
        let points = TariffDispersion.points(grids: current.map { ($0.name, $0.grid) }, families: families, unit: unit)
        return try await req.view.render("tarifs", Page(
            layout: req.layout(title: "Tarifs des accueils de loisirs"), day: day.french, unit: unit.phrase,
            units: unitLinks(scope.path(.tariffs(.home)), current: unit),
            chart: TariffChart.svg(series: series, draft: nil, unit: unit,
                                   title: "Prix de la \(unit.phrase) selon le quotient familial, grilles en vigueur le \(day.french)"),
            legend: series.indices.map { let s = TariffChart.style($0); return Legend(name: series[$0].name, color: s.color, dash: s.dash) },
            structures: blocks, names: current.map(\.name),
            families: points.map { point in
                FamilyRow(qf: "QF \(TariffText.qf(point.qf))", prices: current.map { entry in entry.grid.price(qf: point.qf, unit: unit).map(Cents.format) ?? "—" },
                          dispersion: point.coefficient.map { PilotageFormat.percent($0) } ?? "—")
            },
            draftHref: scope.path(.tariffs(.draft)), simulationHref: scope.path(.tariffs(.simulation)),
            canDraft: user?.role == .coordinateur && user?.territoryID == scope.territoryID))
    }
}

/// A grid as a small table for the pages (brackets × units, or units × taux d'effort).
enum TariffTables {
    static func grid(_ grid: TariffGrid?) -> (headers: [String], rows: [[String]]) {
        guard let grid else { return ([], []) }
        switch grid.scheme {
        case .brackets(let brackets):
            let units = grid.units
            return (["Quotient familial"] + units.map(\.label),
                    brackets.sorted { $0.first < $1.first }.map { b in [b.label] + units.map { b.prices[$0].map(Cents.format) ?? "—" } })
        case .linear(let rates):
            return (["Prestation", "Taux d'effort", "Plancher", "Plafond"],
                    grid.units.compactMap { unit in rates[unit].map { [unit.label, $0.rateText, Cents.format($0.floor), Cents.format($0.ceiling)] } })
        }
    }

    static func validity(_ grid: TariffGrid) -> String {
        switch (grid.validFrom, grid.validUntil) {
        case (nil, nil): return "Grille sans dates de validité"
        case (let from?, nil): return "Grille à partir du \(from.french)"
        case (nil, let until?): return "Grille jusqu'au \(until.french)"
        case (let from?, let until?): return "Grille du \(from.french) au \(until.french)"
        }
    }
}
