import CTGCore
import Foundation

/// The bilan as one flat table for a spreadsheet: one row per axe, fiche,
/// sous-action, indicator and expected result, with last year's value beside; then the budget:
/// each axe row carries its planned and spent euros of the year, and two last rows the year's and
/// the convention's totals, as plain decimal numbers ("12500,50") a spreadsheet adds up.
enum BilanCSV {
    static let header = ["Année", "Axe", "Fiche-action", "Élément", "Code", "Libellé", "Statut ou valeur", "Cible",
                         "Appréciation", "Commentaire", "Avancement", "Année précédente", "Prévu (€)", "Réalisé (€)"]

    static func render(report: BilanReport, previous: BilanReport?, budget: BilanBudget.Parts) throws -> Data {
        try CSVExport.render(header: header, rows: rows(report: report, previous: previous, budget: budget))
    }

    static func rows(report: BilanReport, previous: BilanReport?, budget: BilanBudget.Parts) -> [[String]] {
        rows(report: report, previous: previous).map { row in
            // Only axe rows have an axe number in "Code" and "Axe" as their element.
            guard row[3] == "Axe", let number = Int(row[4]) else { return row + ["", ""] }
            return row + amounts(budget.axes[number])
        } + [
            [String(report.year), "", "", "Budget", "", "Année \(report.year)"] + Array(repeating: "", count: 6)
                + amounts(budget.year),
            [String(report.year), "", "", "Budget", "", "Toute la convention"] + Array(repeating: "", count: 6)
                + amounts(budget.convention),
        ]
    }

    /// Planned and spent in euros; empty cells without a budget line, and a réalisé not yet entered.
    private static func amounts(_ budget: BilanBudget?) -> [String] {
        guard let budget else { return ["", ""] }
        return [EuroAmount.input(budget.plannedCents), budget.spentCents.map { EuroAmount.input($0) } ?? ""]
    }

    private static func rows(report: BilanReport, previous: BilanReport?) -> [[String]] {
        let year = String(report.year)
        let progress = { (value: Double?) in value.map(PilotageFormat.progress) ?? "non mesurable" }
        var rows: [[String]] = []
        for (ai, axe) in report.axes.enumerated() {
            let oldAxe = previous?.axes.element(ai)
            let axeName = "Axe \(axe.number)" + (axe.title.map { " — \($0)" } ?? "")
            rows.append([year, axeName, "", "Axe", String(axe.number), axe.title ?? "", "", "", "", "",
                         progress(axe.progress), oldAxe.map { progress($0.progress) } ?? ""])
            for (ci, action) in axe.actions.enumerated() {
                let oldAction = oldAxe?.actions.element(ci)
                rows.append([year, axeName, action.code, "Fiche-action", action.code, action.title, "", "", "", "",
                             progress(action.progress), oldAction.map { progress($0.progress) } ?? ""])
                for (si, sub) in action.subActions.enumerated() {
                    rows.append([year, axeName, action.code, "Sous-action", sub.code ?? "", sub.title, sub.statusLabel, "", "",
                                 sub.comment ?? "", progress(sub.progress), oldAction?.subActions.element(si)?.statusLabel ?? ""])
                }
                for (ii, indicator) in action.indicators.enumerated() {
                    rows.append([year, axeName, action.code, "Indicateur", "", indicator.label, indicator.valueText ?? "",
                                 indicator.targetText ?? "", indicator.assessment.label, "", "",
                                 oldAction?.indicators.element(ii)?.valueText ?? ""])
                }
                for (ri, result) in action.expectedResults.enumerated() {
                    rows.append([year, axeName, action.code, "Résultat attendu", "", result.text, result.statusLabel, "", "",
                                 result.comment ?? "", "", oldAction?.expectedResults.element(ri)?.statusLabel ?? ""])
                }
            }
        }
        return rows
    }
}

private extension Array {
    /// Both reports come from one snapshot, so positions match; this only guards a missing previous year.
    func element(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
