import CTGCore
import Foundation

/// One indicator as the list, the fiche and the bilan show it: latest value against target.
struct IndicatorSummary: Encodable {
    struct Latest: Encodable {
        var year: Int
        var value: String
        var target: String?
        var assessment: String
        /// "met", "notMet", "noTarget": a CSS class, the text says the same.
        var assessmentClass: String
    }

    var id: Int
    var href: String
    var label: String
    var actionCode: String
    var kind: String
    /// False while the kind is the default one nobody chose yet.
    var kindChosen: Bool
    var unit: String?
    var latest: Latest?
    /// Targets of the convention's years, "2023 : 80 %".
    var targets: [String]
    var computed: ComputedView?
    /// What to write when there is no value: the computed source's reason, or "aucune valeur mesurée".
    var emptyNote: String

    init(_ item: LoadedIndicator, upTo currentYear: Int, ref: TerritoryRef) {
        let series = item.series
        id = item.id
        href = ref.path(.indicator(id: item.id))
        label = item.indicator.label
        actionCode = item.actionCode
        kind = series.kind.label
        kindChosen = item.indicator.kindIfSet != nil || item.indicator.computedSource != nil
        unit = item.indicator.unit
        targets = series.targets.keys.sorted().map { "\($0) : \(series.kind.format(series.targets[$0]!))" }
        computed = item.computed.map(ComputedView.init)
        emptyNote = computed?.message ?? "aucune valeur mesurée"
        let measured = series.latestByYear().keys.filter { $0 <= currentYear }.sorted()
        latest = measured.last.map { year in
            let assessment = series.assessment(in: year)
            return Latest(year: year, value: series.displayValue(in: year) ?? "—",
                          target: series.targets[year].map(series.kind.format),
                          assessment: assessment.label, assessmentClass: assessment.rawValue)
        }
    }
}

/// Provenance of a computed indicator, or why it has no value.
struct ComputedView: Encodable {
    struct Row: Encodable {
        var year: Int
        var value: String
        /// "Nombre d'animations liées à la fiche-action 3-1-1 en 2023 : 4 (enregistrements #12, #15…)"
        var provenance: String
        var records: [String]
    }

    var sourceLabel: String
    var rule: String?
    /// Set when there is nothing to show: the French reason.
    var message: String?
    var rows: [Row]

    init(_ state: ComputedState) {
        switch state {
        case .unknownSource(let id):
            sourceLabel = id
            rule = nil
            message = "La source « \(id) » n'existe plus : choisissez une autre source ou saisissez les valeurs à la main."
            rows = []
        case .noProvider(let source):
            sourceLabel = source.label
            rule = source.ruleDescription
            message = "La source « \(source.label) » n'a pas encore de données : le service qui l'alimentera n'est pas encore en place."
            rows = []
        case .values(let source, let values):
            sourceLabel = source.label
            rule = source.ruleDescription
            message = values.isEmpty ? "Aucune année écoulée à calculer." : nil
            rows = values.map { value in
                Row(year: value.year, value: value.formattedValue ?? "aucune valeur", provenance: value.provenance,
                    records: zip(value.recordIDs, value.recordLabels).map { "#\($0) \($1)" })
            }
        }
    }
}

enum IndicatorChart {
    /// The chart over the convention's years, so every chart of the plan reads the same way.
    static func svg(_ item: LoadedIndicator, years: [Int], idPrefix: String, small: Bool = false) -> String {
        ChartRenderer.svg(series: item.series, title: item.indicator.label, years: span(years),
                          idPrefix: idPrefix, width: small ? 480 : 640, height: small ? 230 : 300)
    }

    /// Whether a chart would show anything: a measure, a target or a baseline.
    static func hasData(_ item: LoadedIndicator) -> Bool {
        !item.series.years.isEmpty || item.series.baseline != nil
    }

    static func table(_ item: LoadedIndicator, years: [Int]) -> ChartTable {
        ChartRenderer.table(series: item.series, years: span(years), caption: "Valeurs et cibles : \(item.indicator.label)")
    }

    static func span(_ years: [Int]) -> ClosedRange<Int>? {
        guard let first = years.first, let last = years.last else { return nil }
        return first...last
    }
}
