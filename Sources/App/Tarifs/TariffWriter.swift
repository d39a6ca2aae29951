import CTGCore
import Fluent
import Vapor

/// Every write of a grid, inside the caller's `writeTransaction` with its journal entry.
/// A grid is replaced whole (brackets, rates, attendance), so two saves never mix.
enum TariffWriter {
    static let staleVersion = "Cette grille a été modifiée par quelqu'un d'autre pendant votre saisie : rechargez la page, vérifiez ses prix et enregistrez à nouveau. Rien n'a été enregistré."

    /// Saves `grid` into the row `id` (nil: a new row built by `make`). Refused with a 409 when
    /// the stored version is not the one the form was displayed with.
    @discardableResult
    static func save(_ grid: TariffGrid, attendance: TariffSimulation.Attendance, families: [Int]?, into id: Int?,
                     expectedVersion: Int?, make: () -> TariffGridRow, label: String, by user: User?,
                     on tx: any Database) async throws -> TariffGridRow {
        let row: TariffGridRow
        let before: String?
        if let id {
            guard let stored = try await TariffGridRow.find(id, on: tx) else {
                throw AppError.notFound("Cette grille tarifaire n'existe plus.")
            }
            guard expectedVersion == nil || expectedVersion == stored.version else { throw AppError.conflict(staleVersion) }
            before = TariffDescription.text(try await TariffStore.assemble([stored], on: tx).first?.grid)
            try await TariffBracketRow.query(on: tx).filter(\.$grid.$id == id).delete()
            try await TariffRateRow.query(on: tx).filter(\.$grid.$id == id).delete()
            row = stored
        } else {
            row = make()
            before = nil
        }
        switch grid.scheme {
        case .brackets: row.mode = "tranches"
        case .linear: row.mode = "taux"
        }
        row.outsideSupplement = grid.outsideSupplement
        row.validFrom = grid.validFrom?.description
        row.validUntil = grid.validUntil?.description
        if let families { row.referenceQFs = families.map(String.init).joined(separator: ", ") }
        row.version += 1
        try await row.save(on: tx)
        let gridID = try row.requireID()
        switch grid.scheme {
        case .brackets(let brackets):
            for (index, bracket) in brackets.enumerated() {
                let stored = TariffBracketRow(gridID: gridID, position: index, bracket)
                try await stored.create(on: tx)
                for (unit, quantity) in attendance[index] ?? [:] {
                    try await TariffAttendanceRow(bracketID: try stored.requireID(), unit: unit, quantity: quantity).create(on: tx)
                }
            }
        case .linear(let rates):
            for (unit, rate) in rates { try await TariffRateRow(gridID: gridID, unit: unit, rate).create(on: tx) }
        }
        _ = try await Audit.record(on: tx, user: user, territoryID: row.$territory.id, entity: .tariff, entityID: gridID,
                                   field: "grille", before: before, after: TariffDescription.text(grid),
                                   summary: "\(label) \(id == nil ? "créée" : "modifiée")")
        return row
    }
}

/// A grid in one line for the journal, so a previous version can be read back there.
enum TariffDescription {
    static func text(_ grid: TariffGrid?) -> String? {
        guard let grid else { return nil }
        var parts: [String] = []
        switch grid.scheme {
        case .brackets(let brackets):
            for bracket in brackets {
                let prices = TariffUnit.allCases.compactMap { unit in bracket.prices[unit].map { "\(unit.phrase) \(Cents.format($0))" } }
                parts.append("QF \(bracket.label) : " + prices.joined(separator: ", "))
            }
        case .linear(let rates):
            for unit in TariffUnit.allCases {
                guard let rate = rates[unit] else { continue }
                parts.append("\(unit.phrase) : \(rate.rateText) du QF, entre \(Cents.format(rate.floor)) et \(Cents.format(rate.ceiling))")
            }
        }
        if grid.outsideSupplement > 0 { parts.append("supplément hors territoire \(Cents.format(grid.outsideSupplement))") }
        if let from = grid.validFrom { parts.append("du \(from.french)") }
        if let until = grid.validUntil { parts.append("au \(until.french)") }
        return parts.joined(separator: " ; ")
    }
}
