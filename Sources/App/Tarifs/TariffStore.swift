import CTGCore
import Fluent
import Vapor

/// A stored grid as CTGCore values, with its ALSH's name (nil for the draft).
struct StoredTariff: Sendable {
    var row: TariffGridRow
    var structureName: String?
    var brackets: [TariffBracketRow]
    var grid: TariffGrid
    var attendance: TariffSimulation.Attendance

    var id: Int { row.id ?? 0 }
    var name: String { structureName ?? "Grille harmonisée (projet)" }
}

/// Reads the grids of one territory: four indexed queries, whatever the number of grids.
enum TariffStore {
    static func load(territoryID: Int, on db: any Database) async throws -> [StoredTariff] {
        let rows = try await TariffGridRow.query(on: db).filter(\.$territory.$id == territoryID).sort(\.$id).all()
        return try await assemble(rows, on: db)
    }

    static func assemble(_ rows: [TariffGridRow], on db: any Database) async throws -> [StoredTariff] {
        let ids = rows.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let brackets = try await TariffBracketRow.query(on: db).filter(\.$grid.$id ~~ ids).sort(\.$position).all()
        let rates = try await TariffRateRow.query(on: db).filter(\.$grid.$id ~~ ids).all()
        let bracketIDs = brackets.compactMap(\.id)
        let attendance = bracketIDs.isEmpty ? [] : try await TariffAttendanceRow.query(on: db).filter(\.$bracket.$id ~~ bracketIDs).all()
        let structureIDs = rows.compactMap { $0.$structure.id }
        let names = structureIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Structure.query(on: db)
            .filter(\.$id ~~ structureIDs).all().compactMap { s in s.id.map { ($0, s.name) } })
        return rows.map { row in
            let own = brackets.filter { $0.$grid.id == row.id }
            var counts: TariffSimulation.Attendance = [:]
            for (index, bracket) in own.enumerated() {
                for entry in attendance where entry.$bracket.id == bracket.id {
                    if let unit = TariffUnit(rawValue: entry.unit) { counts[index, default: [:]][unit] = entry.quantity }
                }
            }
            return StoredTariff(row: row, structureName: row.$structure.id.flatMap { names[$0] }, brackets: own,
                                grid: grid(row, brackets: own, rates: rates.filter { $0.$grid.id == row.id }), attendance: counts)
        }
    }

    private static func grid(_ row: TariffGridRow, brackets: [TariffBracketRow], rates: [TariffRateRow]) -> TariffGrid {
        var linear: [TariffUnit: LinearRate] = [:]
        for rate in rates {
            guard let unit = TariffUnit(rawValue: rate.unit) else { continue }
            linear[unit] = LinearRate(rateE4: rate.rateE4, floor: rate.floor, ceiling: rate.ceiling)
        }
        let scheme: TariffScheme = row.mode == "taux" ? .linear(linear) : .brackets(brackets.map(\.bracket))
        return TariffGrid(scheme: scheme, outsideSupplement: row.outsideSupplement,
                          validFrom: row.validFrom.flatMap { CivilDate($0) }, validUntil: row.validUntil.flatMap { CivilDate($0) })
    }

    /// For each ALSH, the grid applying on that day (the latest to start when several do).
    static func current(_ grids: [StoredTariff], on day: CivilDate) -> [StoredTariff] {
        latestPerStructure(grids.filter { !$0.row.isDraft && $0.grid.applies(on: day) })
    }

    /// For each ALSH, the grid applying during that year (the latest to start when several do).
    static func current(_ grids: [StoredTariff], in year: Int) -> [StoredTariff] {
        latestPerStructure(grids.filter { !$0.row.isDraft && $0.grid.applies(in: year) })
    }

    private static func latestPerStructure(_ grids: [StoredTariff]) -> [StoredTariff] {
        var chosen: [Int: StoredTariff] = [:]
        for entry in grids {
            guard let structure = entry.row.$structure.id else { continue }
            if let other = chosen[structure], (other.row.validFrom ?? "", other.id) > (entry.row.validFrom ?? "", entry.id) { continue }
            chosen[structure] = entry
        }
        return chosen.values.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The territory's typical families: the draft's list, or the national default.
    static func families(_ grids: [StoredTariff]) -> [Int] {
        guard let text = grids.first(where: { $0.row.isDraft })?.row.referenceQFs,
              case .success(let values) = TariffSimulation.families(text) else { return TariffSimulation.defaultFamilies }
        return values
    }

    static func today() -> CivilDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Paris")!, from: Date())
        return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}
