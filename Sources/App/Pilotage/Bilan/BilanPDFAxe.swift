import CTGCore
import Foundation

extension BilanPDF {
    /// One axe: its progress bar, then each fiche with its sous-actions, indicators (a bar per year) and expected results.
    static func axe(_ document: BilanDocument, _ axe: BilanAxeSection, progress: Double?, source: BilanSource) -> [PrintBlock] {
        let year = document.year
        var blocks: [PrintBlock] = [
            .heading("Axe \(axe.number) — \(axe.title)", level: 1),
            .bars(PrintBars(title: "", bars: [.init(label: "Avancement fin \(year)", fraction: progress, value: axe.progress)])),
        ]
        if let budget = axe.budget {
            blocks.append(.paragraph("Moyens en \(year) : prévu \(budget.planned), réalisé \(budget.spent) (taux de réalisation \(budget.rate))."))
        }
        for action in axe.actions {
            blocks.append(.heading("\(action.code) \(action.title) — avancement \(action.progress)", level: 2))
            blocks.append(.heading("Sous-actions", level: 3))
            var headers = ["Code", "Sous-action", "Statut fin \(year)"]
            var widths = [1.1, 3.2, 1.4]
            if let previous = document.previousYear { headers.append("Fin \(previous)"); widths.append(1.2) }
            headers += ["Années prévues", "Commentaire"]
            widths += [1.6, 1.8] // "renseignées" must fit whole
            blocks.append(.table(PrintTable(headers: headers, widths: widths, rows: action.subActions.map { sub in
                var row = [sub.code, sub.title, sub.status + (sub.recorded.map { " (saisi : \($0))" } ?? "")]
                if document.previousYear != nil { row.append(sub.previous ?? "—") }
                return row + [sub.plannedYears, sub.comment ?? "—"]
            })))
            blocks.append(.heading("Indicateurs", level: 3))
            if action.indicators.isEmpty { blocks.append(.paragraph("Aucun indicateur.")) }
            let loaded = source.indicators[action.code] ?? []
            for (index, indicator) in action.indicators.enumerated() {
                blocks.append(.paragraph("\(indicator.label) : \(indicator.value) · cible \(indicator.target) · \(indicator.assessment)"))
                if indicator.chart != nil, loaded.indices.contains(index) {
                    blocks.append(.bars(chart(loaded[index].series, years: source.years)))
                }
            }
            blocks.append(.heading("Résultats attendus", level: 3))
            blocks.append(action.results.isEmpty ? .paragraph("Aucun résultat attendu.")
                : .table(PrintTable(headers: ["Résultat attendu", "Évaluation \(year)", "Commentaire"], widths: [3, 1.4, 2.2],
                                    rows: action.results.map { [$0.text, $0.status, $0.comment ?? "—"] })))
        }
        return blocks
    }

    /// One bar per year of the convention, scaled to the largest value or target, with the target beside the value.
    static func chart(_ series: IndicatorSeries, years: [Int]) -> PrintBars {
        let numbers = years.flatMap { [series.value(in: $0), series.targets[$0]].compactMap { $0 } }
        let top = max(numbers.max() ?? 0, 0)
        return PrintBars(title: "Valeurs par année", bars: years.map { year in
            let value = series.value(in: year)
            let target = series.targets[year].map { " / cible \(series.kind.format($0))" } ?? ""
            return .init(label: String(year), fraction: value.map { top > 0 ? $0 / top : 0 },
                         value: (series.displayValue(in: year) ?? "—") + target)
        })
    }
}
