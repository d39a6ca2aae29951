import CTGCore
import Foundation

/// First pages of the bilan: counts by status, progress per axe, late
/// sous-actions, indicators against target, and what moved since last year.
struct BilanSynthesis: Encodable {
    struct StatusCount: Encodable {
        var label: String
        var statusClass: String
        var count: Int
        var previous: Int?
    }
    struct AxeProgress: Encodable {
        var number: Int
        var title: String
        var progress: String
        var previous: String?
        var delta: String?
        var bar: String
    }
    struct IndicatorLine: Encodable {
        var actionCode: String
        var label: String
        var value: String
        var target: String
        var assessment: String
        var assessmentClass: String
    }

    var overallProgress: String
    /// Planned and spent euros: the bilan's year and the whole convention (nil without budget lines).
    var budget: BilanBudget?
    var conventionBudget: BilanBudget?
    var overallDelta: String?
    var statusBar: String
    var counts: [StatusCount]
    var totalSubActions: Int
    var axes: [AxeProgress]
    /// "1-1-1-B — Titre (fiche 1-1-1)", in plan order.
    var late: [String]
    var indicatorsMet: Int
    var indicatorsNotMet: Int
    var indicatorsNoValue: Int
    var indicatorsWithoutTarget: Int
    /// Indicators with a target this year, the ones a committee discusses.
    var indicatorLines: [IndicatorLine]
    var statusChanges: [String]
    var indicatorMoves: [String]

    init(report: BilanReport, previous: BilanReport?) {
        let statuses = SubActionStatus.allCases
        counts = statuses.map { status in
            StatusCount(label: status.label, statusClass: status.rawValue, count: report.countsByStatus[status.rawValue] ?? 0,
                        previous: previous.map { $0.countsByStatus[status.rawValue] ?? 0 })
        }
        totalSubActions = counts.reduce(0) { $0 + $1.count }
        statusBar = StatusBarRenderer.svg(
            counts: Dictionary(uniqueKeysWithValues: statuses.map { ($0, report.countsByStatus[$0.rawValue] ?? 0) }),
            title: "Sous-actions par statut fin \(report.year)", idPrefix: "bilan-statuts")
        overallProgress = report.overallProgress.map(PilotageFormat.progress) ?? "non mesurable"
        let comparison = previous == nil ? nil : report.comparison
        overallDelta = comparison?.overallProgressDelta.map(PilotageFormat.pointsDelta)
        axes = report.axes.map { axe in
            let delta = comparison?.axes.first { $0.number == axe.number }
            return AxeProgress(number: axe.number, title: axe.title ?? "(titre absent du document)",
                               progress: axe.progress.map(PilotageFormat.progress) ?? "non mesurable",
                               previous: comparison == nil ? nil : (delta?.previousProgress.map(PilotageFormat.progress) ?? "non mesurable"),
                               delta: delta?.delta.map(PilotageFormat.pointsDelta),
                               bar: StatusBarRenderer.progressSVG(axe.progress, label: "Avancement de l'axe \(axe.number)",
                                                                  idPrefix: "bilan-axe-\(axe.number)-avancement", width: 260))
        }
        late = report.axes.flatMap(\.actions).flatMap { action in
            action.subActions.filter { $0.status == .en_retard }.map { "\($0.code ?? "—") — \($0.title) (fiche \(action.code))" }
        }
        let indicators = report.axes.flatMap(\.actions).flatMap { action in action.indicators.map { (action.code, $0) } }
        indicatorsMet = indicators.filter { $0.1.assessment == .met }.count
        indicatorsNotMet = indicators.filter { $0.1.assessment == .notMet }.count
        indicatorsNoValue = indicators.filter { $0.1.assessment == .noValue }.count
        indicatorsWithoutTarget = indicators.filter { $0.1.assessment == .noTarget }.count
        indicatorLines = indicators.filter { $0.1.target != nil }.map { code, indicator in
            IndicatorLine(actionCode: code, label: indicator.label, value: indicator.valueText ?? "non mesuré",
                          target: indicator.targetText ?? "—", assessment: indicator.assessment.label,
                          assessmentClass: indicator.assessment.rawValue)
        }
        statusChanges = (comparison?.changes ?? []).map { change in
            "\(change.code ?? change.title) : \(change.from.label) → \(change.to.label)"
        }
        indicatorMoves = (comparison?.indicatorMoves ?? []).map { move in
            "\(move.actionCode) — \(move.label) : \(move.previousText ?? "non mesuré") → \(move.valueText ?? "non mesuré") (\(move.direction.label))"
        }
    }
}
