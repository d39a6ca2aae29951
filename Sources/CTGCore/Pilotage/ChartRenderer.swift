/// Server-made line chart of one indicator: measured values, yearly targets, baseline.
///
/// Values, targets and baseline use different markers and line styles (filled
/// circles / hollow diamonds / dotted line), and measured values are written next
/// to their points, so the chart survives grey-scale printing and colour blindness.
public enum ChartRenderer {
    static let valueColor = "#0067A5"
    static let targetColor = "#B84A00"
    static let baselineColor = "#5F6B7A"

    /// - Parameters:
    ///   - baseline, targets: override the series' own when given.
    ///   - years: defaults to the years the series has data or targets for.
    public static func svg(series: IndicatorSeries, baseline: Double? = nil, targets: [Int: Double]? = nil,
                           title: String? = nil, years: ClosedRange<Int>? = nil, idPrefix: String = "chart",
                           width: Double = 640, height: Double = 300) -> String {
        let s = resolved(series, baseline: baseline, targets: targets)
        let span = years ?? defaultYears(s)
        let layout = ChartLayout(width: width, height: height, years: span)
        let values = span.compactMap { year in s.value(in: year).map { (year, $0) } }
        let targetPoints = span.compactMap { year in s.targets[year].map { (year, $0) } }
        let scale = ChartScale(values: values.map(\.1) + targetPoints.map(\.1) + [s.baseline].compactMap { $0 }, kind: s.kind)
        let y = { (v: Double) in scale.y(v, plotTop: layout.top, plotHeight: layout.plotHeight) }
        let n = PilotageSVG.num

        var out = [PilotageSVG.open(width: width, height: height, idPrefix: idPrefix,
                                    title: title ?? s.label, desc: description(s, years: span))]
        for tick in scale.ticks {
            out.append("<line x1=\"\(n(layout.left))\" y1=\"\(n(y(tick)))\" x2=\"\(n(layout.right))\" y2=\"\(n(y(tick)))\" stroke=\"\(PilotageSVG.gridColor)\"/>")
            out.append("<text x=\"\(n(layout.left - 8))\" y=\"\(n(y(tick) + 4))\" text-anchor=\"end\" font-size=\"11\">\(PilotageSVG.escape(s.kind.format(tick)))</text>")
        }
        out.append("<line x1=\"\(n(layout.left))\" y1=\"\(n(layout.bottom))\" x2=\"\(n(layout.right))\" y2=\"\(n(layout.bottom))\" stroke=\"\(PilotageSVG.textColor)\"/>")
        for year in span {
            out.append("<text x=\"\(n(layout.x(year)))\" y=\"\(n(layout.bottom + 18))\" text-anchor=\"middle\">\(year)</text>")
        }
        if s.kind == .qualitative || values.isEmpty {
            let message = s.kind == .qualitative ? "Indicateur qualitatif : voir le tableau." : "Aucune valeur mesurée."
            out.append("<text x=\"\(n((layout.left + layout.right) / 2))\" y=\"\(n(layout.top + layout.plotHeight / 2))\" text-anchor=\"middle\" font-style=\"italic\">\(message)</text>")
        }
        if let base = s.baseline, s.kind != .qualitative {
            let label = "référence : " + s.kind.format(base)
            out.append("<g><title>\(PilotageSVG.escape("Valeur de référence : " + s.kind.format(base)))</title>"
                + "<line x1=\"\(n(layout.left))\" y1=\"\(n(y(base)))\" x2=\"\(n(layout.right))\" y2=\"\(n(y(base)))\" stroke=\"\(baselineColor)\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>"
                + "<text x=\"\(n(layout.right))\" y=\"\(n(y(base) - 5))\" text-anchor=\"end\" font-size=\"11\" fill=\"\(baselineColor)\">\(PilotageSVG.escape(label))</text></g>")
        }
        if s.kind != .qualitative {
            out.append(ChartMarks.targets(targetPoints, layout: layout, y: y, kind: s.kind))
            out.append(ChartMarks.values(values, layout: layout, y: y, kind: s.kind))
        }
        out.append(ChartMarks.legend(layout: layout, hasTargets: !targetPoints.isEmpty,
                                     hasBaseline: s.baseline != nil && s.kind != .qualitative))
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// Rows year / value / target / met, the text alternative of `svg`.
    public static func table(series: IndicatorSeries, baseline: Double? = nil, targets: [Int: Double]? = nil,
                             years: ClosedRange<Int>? = nil, caption: String? = nil) -> ChartTable {
        let s = resolved(series, baseline: baseline, targets: targets)
        let rows = (years ?? defaultYears(s)).map { year in
            ChartTable.Row(year: year, value: s.displayValue(in: year) ?? "—",
                           target: s.targets[year].map(s.kind.format) ?? "—",
                           met: s.assessment(in: year).met.map { $0 ? "oui" : "non" } ?? "—")
        }
        return ChartTable(caption: caption ?? s.label, headers: ["Année", "Valeur", "Cible", "Cible atteinte"],
                          rows: rows, baselineNote: s.baseline.map { "Valeur de référence : " + s.kind.format($0) })
    }

    static func resolved(_ series: IndicatorSeries, baseline: Double?, targets: [Int: Double]?) -> IndicatorSeries {
        var s = series
        if let baseline { s.baseline = baseline }
        if let targets { s.targets = targets }
        return s
    }

    static func defaultYears(_ s: IndicatorSeries) -> ClosedRange<Int> {
        guard let first = s.years.first, let last = s.years.last else { return 2022...2025 }
        return first...last
    }

    /// The numbers themselves, so a screen reader gets the data even without the table.
    static func description(_ s: IndicatorSeries, years: ClosedRange<Int>) -> String {
        var parts: [String] = []
        for year in years {
            var piece = "\(year) : \(s.displayValue(in: year) ?? "non mesuré")"
            if let target = s.targets[year] { piece += " (cible \(s.kind.format(target)))" }
            parts.append(piece)
        }
        var text = "Évolution de l'indicateur « \(s.label) » de \(years.lowerBound) à \(years.upperBound). " + parts.joined(separator: " ; ") + "."
        if let base = s.baseline, s.kind != .qualitative { text += " Valeur de référence : \(s.kind.format(base))." }
        return text
    }
}
