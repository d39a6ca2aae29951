import CTGCore
import Fluent
import SQLKit
import Vapor

/// The occupancy of a territory's structures for one year, read from the monthly summary
/// (`occupancy_months`, indexed by territory and year) and the agréments: never the attendance.
struct OccupancyReport: Sendable {
    var structures: [Structure]
    var rates: OccupancyRates
    var year: Int
    /// Years with any figure, for the year links.
    var years: [Int]

    static func load(territoryID: Int, year: Int?, structureID: Int? = nil, on db: any Database) async throws -> OccupancyReport {
        let structures = try await Structure.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$kind ~~ StructureKind.allCases.filter(\.hasOccupancy).map(\.rawValue))
            .sort(\.$name).all()
            .filter { structureID == nil || $0.id == structureID }
        let years = try await self.years(territoryID: territoryID, structureID: structureID, on: db)
        let shown = year ?? years.last ?? Calendar.current.component(.year, from: Date())
        let rows = try await monthRows(territoryID: territoryID, year: shown, structureID: structureID, on: db)
        let agrements = try await OccupancyAccess.agrement(structureIDs: structures.compactMap(\.id), on: db)
        return OccupancyReport(structures: structures, rates: OccupancyRates(rows: rows, agrements: agrements),
                               year: shown, years: years)
    }

    private struct YearRow: Decodable { var year: Int }

    private struct MonthRecord: Decodable {
        var structure_id: Int, year: Int, month: Int, weekday: Int, realised_minutes: Int, billed_minutes: Int
    }

    /// The summary rows of one year, decoded as plain rows: the page's one query that grows
    /// with the territory (structures × months × weekdays), so it skips Fluent's model layer.
    static func monthRows(territoryID: Int, year: Int?, structureID: Int?, on db: any Database) async throws -> [OccupancyMonth] {
        let sql = db as! any SQLDatabase
        var select = sql.select()
            .columns("structure_id", "year", "month", "weekday", "realised_minutes", "billed_minutes")
            .from("occupancy_months").where("territory_id", .equal, territoryID)
        if let year { select = select.where("year", .equal, year) }
        if let structureID { select = select.where("structure_id", .equal, structureID) }
        return try await select.all(decoding: MonthRecord.self).map {
            OccupancyMonth(structure: $0.structure_id, year: $0.year, month: $0.month, weekday: $0.weekday,
                           realisedMinutes: $0.realised_minutes, billedMinutes: $0.billed_minutes)
        }
    }

    static func years(territoryID: Int, structureID: Int?, on db: any Database) async throws -> [Int] {
        let sql = db as! any SQLDatabase
        var select = sql.select().distinct().column("year").from("occupancy_months").where("territory_id", .equal, territoryID)
        if let structureID { select = select.where("structure_id", .equal, structureID) }
        return try await select.orderBy("year").all(decoding: YearRow.self).map(\.year)
    }

    /// weekday → month → rate, for the heatmap.
    func heatmap(structure: Int? = nil) -> [Int: [Int: Double]] {
        var grid: [Int: [Int: Double]] = [:]
        for weekday in 1...7 {
            for month in 1...12 {
                if let rate = rates.cell(year: year, month: month, weekday: weekday, structure: structure).realisedRate {
                    grid[weekday, default: [:]][month] = rate
                }
            }
        }
        return grid
    }

    /// month → rate réalisé.
    func monthly(structure: Int? = nil) -> [Int: Double] {
        var line: [Int: Double] = [:]
        for month in 1...12 {
            if let rate = rates.month(year, month, structure: structure).realisedRate { line[month] = rate }
        }
        return line
    }
}

/// Rows of the tables beside the pictures (their text alternative too).
struct OccupancyRow: Encodable {
    var label: String
    var realisedHours: String
    var billedHours: String
    var capacityHours: String
    var realisedRate: String
    var billedRate: String

    init(label: String, _ t: OccupancyTotals) {
        let hours = { (m: Int) in PilotageFormat.number(Double(m) / 60, maxFractionDigits: 0) }
        self.label = label
        realisedHours = hours(t.realisedMinutes)
        billedHours = t.billedMinutes > 0 ? hours(t.billedMinutes) : "—"
        capacityHours = hours(t.capacityMinutes)
        realisedRate = t.realisedRate.map { PilotageFormat.percent($0) } ?? "—"
        billedRate = t.billedRate.map { PilotageFormat.percent($0) } ?? "—"
    }

    static func months(_ report: OccupancyReport, structure: Int? = nil) -> [OccupancyRow] {
        (1...12).compactMap { month in
            let t = report.rates.month(report.year, month, structure: structure)
            return t.capacityMinutes > 0 || t.realisedMinutes > 0
                ? OccupancyRow(label: "\(OccupancyCalendar.monthNames[month - 1]) \(report.year)", t) : nil
        }
    }

    static func weekdays(_ report: OccupancyReport, structure: Int? = nil) -> [OccupancyRow] {
        (1...7).compactMap { day in
            let t = report.rates.weekday(day, year: report.year, structure: structure)
            return t.capacityMinutes > 0 ? OccupancyRow(label: OccupancyCalendar.weekdayNames[day - 1], t) : nil
        }
    }
}

/// A table of `OccupancyRow`s with its caption (the pages show two: by month, by weekday).
struct OccupancyTable: Encodable {
    var caption: String
    var rows: [OccupancyRow]

    static func both(_ report: OccupancyReport, structure: Int? = nil, subject: String) -> [OccupancyTable] {
        [OccupancyTable(caption: "Taux \(subject) par mois, \(report.year)", rows: OccupancyRow.months(report, structure: structure)),
         OccupancyTable(caption: "Taux \(subject) par jour de la semaine, \(report.year)", rows: OccupancyRow.weekdays(report, structure: structure))]
    }
}
