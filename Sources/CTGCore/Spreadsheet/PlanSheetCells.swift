import Foundation

/// The cells whose text has a shape: the axe and objectif headings, the years, the lists.
extension PlanSheetLineReader {
    mutating func readAxe(_ raw: String) -> (Int, String?)? {
        guard let groups = PlanSheetCodes.matches(PlanSheetCodes.axe, raw), let number = Int(groups[0] ?? "") else {
            fail(.axe, "« \(raw) » n'est pas un axe (attendu : « Axe 1 — Titre de l'axe »)")
            return nil
        }
        return (number, groups[1].flatMap { $0.isEmpty ? nil : $0 })
    }

    mutating func readObjectif(_ raw: String, axe: Int?) -> (Int, String)? {
        guard let groups = PlanSheetCodes.matches(PlanSheetCodes.objectif, raw), let number = Int(groups[1] ?? "") else {
            fail(.objectif, "« \(raw) » n'est pas un objectif (attendu : « Objectif 1-2 : Titre de l'objectif »)")
            return nil
        }
        if let prefix = groups[0].flatMap(Int.init), let axe, prefix != axe {
            fail(.objectif, "l'objectif « \(prefix)-\(number) » n'est pas dans l'axe \(axe) de la même ligne")
            return nil
        }
        guard let title = groups[2], !title.isEmpty else {
            fail(.objectif, "l'objectif \(number) n'a pas de titre (attendu : « Objectif 1-2 : Titre de l'objectif »)")
            return nil
        }
        return (number, title)
    }

    mutating func readYears() -> [Int] {
        guard let raw = text(.years) else { return [] }
        if case .number = columns[.years].flatMap({ row[$0] }), raw.contains(".") {
            // "2024,2025" typed in a French spreadsheet is a decimal number.
            fail(.years, "« \(raw.replacingOccurrences(of: ".", with: ",")) » a été lu comme un nombre décimal : "
                + "séparez les années par une virgule et une espace (2024, 2025)")
            return []
        }
        var years: [Int] = []
        for item in PlanSheetCodes.splitYears(raw) {
            // A number cell may hold "2023" or "2023.0".
            guard let value = Double(item), value == value.rounded(), (1900...2100).contains(value) else {
                fail(.years, "« \(item) » n'est pas une année (attendu : 2023, ou 2023, 2024)")
                continue
            }
            years.append(Int(value))
        }
        return years
    }

    mutating func list(_ column: PlanSheet.Column) -> [String] {
        text(column).map(PlanSheetCodes.split) ?? []
    }
}
