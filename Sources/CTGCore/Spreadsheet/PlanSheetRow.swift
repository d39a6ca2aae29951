import Foundation

/// One line of a plan spreadsheet, its cells read and checked one by one.
/// Lines are checked together (same axe, same title…) by `PlanSheetAssembler`.
struct PlanSheetRow {
    var line: Int
    var axe: (number: Int, title: String?)?
    var objectif: (number: Int, title: String)?
    var actionCode: String?
    var actionTitle: String?
    var subActionCode: String?
    var subActionTitle: String?
    var years: [Int] = []
    var leads: [String] = []
    var partners: [String] = []
    var staff: String?
    var funders: [String] = []

    var hasSubAction: Bool {
        subActionCode != nil || subActionTitle != nil || !years.isEmpty || staff != nil || !funders.isEmpty
    }
}

/// Reads the cells of one line into a `PlanSheetRow`, collecting every problem of the line.
struct PlanSheetLineReader {
    let row: SheetRow
    /// Where each column sits in this file.
    let columns: [PlanSheet.Column: Int]
    var problems: [SheetProblem] = []

    init(row: SheetRow, columns: [PlanSheet.Column: Int]) {
        self.row = row
        self.columns = columns
    }

    mutating func read() -> PlanSheetRow {
        var result = PlanSheetRow(line: row.number)
        result.axe = text(.axe).flatMap { readAxe($0) }
        if let raw = text(.objectif) { result.objectif = readObjectif(raw, axe: result.axe?.number) }
        result.actionCode = code(.actionCode, PlanSheetCodes.fiche, what: "un code de fiche", example: "1-2-3")
        result.actionTitle = text(.actionTitle)
        result.subActionCode = code(.subActionCode, PlanSheetCodes.subAction, what: "un code de sous-action",
                                    example: "1-2-3-A")?.uppercased()
        result.subActionTitle = text(.subActionTitle)
        result.years = readYears()
        result.leads = list(.leads)
        result.partners = list(.partners)
        result.staff = text(.staff)
        result.funders = list(.funders)
        requireParents(result)
        return result
    }

    /// What a line needs above what it names: a fiche needs its objectif and a title, a
    /// sous-action needs its fiche and a title. A cell already refused is not blamed twice.
    private mutating func requireParents(_ result: PlanSheetRow) {
        let reported = Set(problems.compactMap(\.column))
        func missing(_ column: PlanSheet.Column) -> Bool { !typed(column) && !reported.contains(column.header) }
        if missing(.axe) { fail(.axe, "vide : chaque ligne nomme son axe (« Axe 1 — Titre de l'axe »)") }
        if typed(.actionCode) || typed(.actionTitle) {
            if missing(.objectif) { fail(.objectif, "vide alors que la ligne a une fiche : chaque ligne nomme son objectif") }
            if missing(.actionCode) { fail(.actionCode, "vide alors que la ligne a un titre de fiche") }
            if missing(.actionTitle) { fail(.actionTitle, "vide : une fiche a un titre") }
        }
        if result.hasSubAction || typed(.subActionCode) {
            if missing(.actionCode) && !typed(.actionTitle) {
                fail(.actionCode, "vide : une sous-action sans fiche (la ligne doit donner le code de sa fiche)")
            }
            if missing(.subActionTitle) { fail(.subActionTitle, "vide : une sous-action a un titre") }
        }
    }

    /// Whether the cell holds anything at all, even something refused.
    private func typed(_ column: PlanSheet.Column) -> Bool {
        guard let index = columns[column], let value = row[index] else { return false }
        return !value.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    mutating func fail(_ column: PlanSheet.Column?, _ message: String) {
        problems.append(SheetProblem(line: row.number, column: column?.header, message))
    }

    /// The cell as typed, without surrounding spaces nor the quote that protects a formula-like text.
    mutating func text(_ column: PlanSheet.Column) -> String? {
        guard let index = columns[column], let value = row[index] else { return nil }
        let text = SpreadsheetCell.restored(value.text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard !text.isEmpty else { return nil }
        if case .error(let code) = value {
            fail(column, "la cellule contient l'erreur de formule « \(code) »")
            return nil
        }
        let limit = column == .staff || column == .leads || column == .partners || column == .funders
            ? FieldLimits.comment : FieldLimits.subject
        if text.count > limit {
            fail(column, "le texte dépasse \(FieldLimits.grouped(limit)) caractères (\(FieldLimits.grouped(text.count)))")
            return nil
        }
        return text
    }

    /// A code must be text: a spreadsheet turns "1-2-3" typed in a cell into a date, stored as a number.
    private mutating func code(_ column: PlanSheet.Column, _ pattern: NSRegularExpression, what: String,
                               example: String) -> String? {
        let isNumber: Bool
        if case .number = columns[column].flatMap({ row[$0] }) { isNumber = true } else { isNumber = false }
        guard let raw = text(column) else { return nil }
        if isNumber {
            fail(column, "« \(raw) » n'est pas \(what) : le tableur l'a enregistré comme un nombre ou une date ; "
                + "saisissez-le comme du texte (par exemple '\(example))")
            return nil
        }
        guard PlanSheetCodes.matches(pattern, raw) != nil else {
            fail(column, "« \(raw) » n'est pas \(what) (attendu : \(example))")
            return nil
        }
        return raw
    }
}
