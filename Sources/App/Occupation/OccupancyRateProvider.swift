import CTGCore
import Fluent
import Vapor

/// Feeds the computed source `occupancy.rate` (fiche 1-1-1's "Evolution du taux d'occupation
/// des structures"): one record per structure and measured month of the convention's
/// territory, its value the month's taux réalisé, so the rule's yearly mean and the
/// provenance list name each structure-month a reader can check on the occupancy page.
struct OccupancyRateProvider: ComputedRecordProvider {
    func records(for scope: ComputedScope, on db: any Database) async throws -> [ComputedRecord] {
        guard let territoryID = try await AccessPolicy.territoryID(ofConvention: scope.conventionID, on: db) else { return [] }
        // The summary table only: its size grows with structures × months, never with attendance.
        let rows = try await OccupancyReport.monthRows(territoryID: territoryID, year: nil, structureID: nil, on: db)
        let ids = Array(Set(rows.map(\.structure)))
        let names = Dictionary(uniqueKeysWithValues: try await Structure.query(on: db).filter(\.$id ~~ ids).all()
            .compactMap { s in s.id.map { ($0, s.name) } })
        let rates = OccupancyRates(rows: rows, agrements: try await OccupancyAccess.agrement(structureIDs: ids, on: db))
        return rates.months.compactMap { key, totals -> ComputedRecord? in
            guard let rate = totals.realisedRate else { return nil }
            let month = "\(OccupancyCalendar.monthNames[key.month - 1]) \(key.year)"
            return ComputedRecord(id: "\(key.structure)-\(key.year)-\(key.month < 10 ? "0" : "")\(key.month)",
                                  label: "« \(names[key.structure] ?? "structure \(key.structure)") », \(month) : \(PilotageFormat.percent(rate))",
                                  year: key.year, date: PilotageDate(year: key.year, month: key.month, day: 1), value: rate)
        }.sorted { $0.id < $1.id }
    }
}
