import CTGCore
import Foundation
import Vapor

/// `/indicateurs/{id}`: settings, chart with its table, computed provenance,
/// measurements history and, for those who may edit the fiche, the forms.
struct IndicatorPage: Encodable {
    struct MeasurementRow: Encodable {
        var year: Int
        var period: String
        var value: String
        var date: String?
        var source: String?
        var author: String?
        var comment: String?
        var enteredOn: String?
        var removeAction: String?
        /// The measurement's source files (Files/).
        var filesHref: String?
        var editHref: String?
    }

    var layout: Layout
    var indicatorsHref: String
    var ficheHref: String
    var actionCode: String
    var actionTitle: String
    var summary: IndicatorSummary
    var periodicity: String
    var direction: String
    var baseline: String?
    var chart: String
    var table: ChartTable
    var measurements: [MeasurementRow]
    var canEdit: Bool
    var errors: [String]
    var measurementForm: MeasurementFormView?
    var settingsForm: SettingsFormView?

    static func build(_ req: Request, visit: IndicatorVisit, errors: [String] = [],
                      typedMeasurement: [String: String]? = nil, typedSettings: [String: String]? = nil) -> IndicatorPage {
        let item = visit.item
        let series = item.series
        let computed = item.indicator.computedSource != nil
        let baseline = series.baseline.map { value in
            "\(item.indicator.display(value))" + (item.indicator.baselineDate.flatMap(FrenchFormat.date).map { " (au \($0))" } ?? "")
        }
        let rows = item.entries.reversed().map { entry in
            MeasurementRow(year: entry.year, period: entry.periodLabel,
                           value: series.kind == .qualitative ? (entry.text ?? "—") : entry.value.map(item.indicator.display) ?? "—",
                           date: entry.measuredOn.flatMap(FrenchFormat.date), source: entry.source, author: entry.author,
                           comment: entry.comment, enteredOn: entry.createdAt.flatMap { FrenchFormat.date($0.parisISODay) },
                           removeAction: visit.canEdit
                               ? visit.ref.path(.indicatorMeasurementRemoval(indicatorID: item.id, measurementID: entry.id ?? 0)) : nil,
                           // A measurement's sources are never public: no link a visitor could only bounce off.
                           filesHref: req.currentUser == nil ? nil
                               : entry.id.map { visit.ref.path(.files(.owner(.init(kind: .measurement, id: $0)))) },
                           editHref: visit.canEdit && !computed
                               ? visit.ref.path(.indicatorMeasurementEdit(indicatorID: item.id, measurementID: entry.id ?? 0)) : nil)
        }
        return IndicatorPage(
            layout: req.layout(title: "Indicateur — \(item.indicator.label)"),
            indicatorsHref: visit.ref.path(.indicators), ficheHref: visit.ref.path(.fiche(code: item.actionCode)),
            actionCode: item.actionCode, actionTitle: visit.action.title,
            summary: IndicatorSummary(item, upTo: visit.currentYear, ref: visit.ref),
            periodicity: series.periodicity.label, direction: series.direction.label, baseline: baseline,
            chart: IndicatorChart.svg(item, years: visit.years, idPrefix: "indicateur-\(item.id)"),
            table: IndicatorChart.table(item, years: visit.years), measurements: rows,
            canEdit: visit.canEdit, errors: errors,
            measurementForm: visit.canEdit && !computed ? MeasurementFormView(visit: visit, typed: typedMeasurement) : nil,
            settingsForm: visit.canEdit
                ? SettingsFormView(visit: visit, sources: req.application.computedSources.registry, typed: typedSettings) : nil)
    }
}
