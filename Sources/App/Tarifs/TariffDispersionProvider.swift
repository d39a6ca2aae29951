import CTGCore
import Fluent
import Vapor

/// Feeds the computed source `tarifs.dispersion` (fiche 2-1-1's "Nivellement des tarifications"):
/// for each year a grid applies and each reference QF of the territory, one record whose value
/// is the coefficient of variation of the day-with-meal price across the ALSH grids of that
/// year, its label naming every price, so a reader can check the figure on the tariffs page.
struct TariffDispersionProvider: ComputedRecordProvider {
    func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
        guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
        let all = try await TariffStore.load(territoryID: territoryID, on: db)
        let families = TariffStore.families(all)
        let years = Set(all.filter { !$0.row.isDraft }.flatMap { entry -> [Int] in
            let first = entry.grid.validFrom?.year ?? entry.grid.validUntil?.year ?? TariffStore.today().year
            let last = entry.grid.validUntil?.year ?? max(first, TariffStore.today().year)
            return first <= last ? Array(first...last) : []
        })
        return years.sorted().flatMap { year -> [ComputedRecord] in
            let grids = TariffStore.current(all, in: year).map { ($0.name, $0.grid) }
            return TariffDispersion.points(grids: grids, families: families, unit: .dayMeal).compactMap { point in
                guard let value = point.coefficient else { return nil }
                return ComputedRecord(id: "\(year)-qf\(point.qf)", label: TariffDispersion.sentence(point), year: year, value: value)
            }
        }
    }
}
