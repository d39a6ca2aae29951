import CTGCore
import Foundation

/// One axe of the bilan, starting on a new page when printed: its progress, then
/// each fiche with sous-action statuses, indicators (value, target, chart) and
/// expected results.
struct BilanAxeSection: Encodable {
    struct SubActionRow: Encodable {
        var code: String
        var title: String
        var status: String
        var statusClass: String
        /// Set when lateness is derived: what was recorded ("en cours").
        var recorded: String?
        var previous: String?
        var comment: String?
        var plannedYears: String
    }
    struct IndicatorBlock: Encodable {
        var label: String
        var value: String
        var target: String
        var assessment: String
        var assessmentClass: String
        /// Nil when the indicator has neither a value nor a target: an empty chart says nothing.
        var chart: String?
        var table: ChartTable?
    }
    struct ResultRow: Encodable {
        var text: String
        var status: String
        var statusClass: String
        var comment: String?
    }
    struct ActionBlock: Encodable {
        var code: String
        var title: String
        var progress: String
        var subActions: [SubActionRow]
        var indicators: [IndicatorBlock]
        var results: [ResultRow]
    }

    var anchor: String
    var number: Int
    var title: String
    var progress: String
    var bar: String
    var actions: [ActionBlock]
    /// Planned and spent euros of the axe in the bilan's year; nil without any budget line.
    var budget: BilanBudget?

    init(axe: BilanAxe, previous: BilanAxe?, source: BilanSource, year: Int) {
        anchor = "axe-\(axe.number)"
        number = axe.number
        title = axe.title ?? "(titre absent du document)"
        progress = axe.progress.map(PilotageFormat.progress) ?? "non mesurable"
        bar = StatusBarRenderer.progressSVG(axe.progress, label: "Avancement de l'axe \(axe.number) fin \(year)",
                                            idPrefix: "axe-\(axe.number)-avancement")
        actions = axe.actions.enumerated().map { index, action in
            let before = previous?.actions.indices.contains(index) == true ? previous?.actions[index] : nil
            return Self.block(action, previous: before, loaded: source.indicators[action.code] ?? [], years: source.years)
        }
    }

    static func block(_ action: BilanAction, previous: BilanAction?, loaded: [LoadedIndicator], years: [Int]) -> ActionBlock {
        let subs = action.subActions.enumerated().map { index, sub in
            let old = previous?.subActions.indices.contains(index) == true ? previous?.subActions[index] : nil
            return SubActionRow(code: sub.code ?? "—", title: sub.title, status: sub.statusLabel, statusClass: sub.status.rawValue,
                                recorded: sub.recordedStatus != sub.status ? sub.recordedStatus.label : nil,
                                previous: old?.statusLabel, comment: sub.comment,
                                plannedYears: sub.plannedYears.isEmpty ? "non renseignées" : sub.plannedYears.map(String.init).joined(separator: ", "))
        }
        let indicators = action.indicators.enumerated().map { index, indicator in
            let item = loaded.indices.contains(index) ? loaded[index] : nil
            let hasData = item.map(IndicatorChart.hasData) ?? false
            return IndicatorBlock(label: indicator.label, value: indicator.valueText ?? "non mesuré",
                                  target: indicator.targetText ?? "—", assessment: indicator.assessment.label,
                                  assessmentClass: indicator.assessment.rawValue,
                                  chart: hasData ? item.map { IndicatorChart.svg($0, years: years, idPrefix: "bilan-indicateur-\($0.id)", small: true) } : nil,
                                  table: hasData ? item.map { IndicatorChart.table($0, years: years) } : nil)
        }
        return ActionBlock(code: action.code, title: action.title,
                           progress: action.progress.map(PilotageFormat.progress) ?? "non mesurable",
                           subActions: subs, indicators: indicators,
                           results: action.expectedResults.map {
                               ResultRow(text: $0.text, status: $0.statusLabel, statusClass: $0.status.rawValue, comment: $0.comment)
                           })
    }
}
