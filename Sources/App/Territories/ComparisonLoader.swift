import CTGCore
import Fluent
import Vapor

/// One territory's column of `/territoires`: its current convention's progress per axe,
/// its late fiches and its indicators' latest values, all as the territory's own pages
/// compute them (PlanFollowUp, IndicatorBook), so the comparison never disagrees with them.
enum ComparisonLoader {
    static func column(_ territory: Territory, today: PilotageDate, sources: ComputedSources,
                       on db: any Database) async throws -> TerritoryComparison.Column {
        let departement = Departement.withCode(territory.departement).map { "\($0.name) (\($0.code))" } ?? territory.departement
        guard let convention = try await TerritoryScope.currentConvention(territoryID: territory.requireID(), on: db),
              let conventionID = convention.id else {
            return .init(name: territory.name, departement: departement, period: nil, overall: nil, axes: [],
                         lateFiches: [], latestValues: [], indicatorCount: 0, key: territory.slug)
        }
        let (tree, followUp) = try await PlanFollowUp.load(conventionID: conventionID, on: db, today: today)
        let axes = tree.axes.map { TerritoryComparison.Axe(number: $0.number, title: $0.displayTitle, progress: followUp.progress($0)) }
        let late = tree.actions.filter { action in action.sousActions.contains { followUp.state($0)?.isLate == true } }.map(\.code)
        let items = try await IndicatorBook.load(conventionID: conventionID, years: convention.years, upTo: today.year,
                                                 sources: sources, on: db)
        let values = items.compactMap { item -> TerritoryComparison.IndicatorValue? in
            guard let year = item.series.latestMeasuredYear(upTo: today.year),
                  let value = item.series.displayValue(in: year) else { return nil }
            return .init(label: item.indicator.label, ficheCode: item.actionCode, year: year, value: value)
        }
        return .init(name: territory.name, departement: departement, period: "\(convention.startYear) – \(convention.endYear)",
                     overall: followUp.conventionProgress, axes: axes, lateFiches: late, latestValues: values,
                     indicatorCount: items.count, key: territory.slug)
    }
}
