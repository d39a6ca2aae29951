import CTGCore
import Foundation

/// The bilan as one flat table for a spreadsheet: one row per axe, fiche,
/// sous-action, indicator and expected result, with last year's value beside.
enum BilanCSV {
    static let header = ["Année", "Axe", "Fiche-action", "Élément", "Code", "Libellé", "Statut ou valeur", "Cible",
                         "Appréciation", "Commentaire", "Avancement", "Année précédente"]

    static func render(report: BilanReport, previous: BilanReport?) throws -> Data {
        try CSVExport.render(header: header, rows: rows(report: report, previous: previous))
    }

    static func rows(report: BilanReport, previous: BilanReport?) -> [[String]] {
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
