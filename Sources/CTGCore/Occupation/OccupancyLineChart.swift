/// Monthly occupancy of one structure over a year against the threshold (75 % by default),
/// drawn with the indicator charts' scale and layout so both read the same way.
public enum OccupancyLineChart {
    public static func svg(rates: [Int: Double], year: Int, threshold: Double, title: String,
                           idPrefix: String = "occupancy", width: Double = 640, height: Double = 260) -> String {
        let layout = ChartLayout(width: width, height: height, years: 1...12)
        let scale = ChartScale(values: Array(rates.values) + [threshold, 100], kind: .rate)
        let y = { (v: Double) in scale.y(v, plotTop: layout.top, plotHeight: layout.plotHeight) }
        let n = PilotageSVG.num
        let points = rates.filter { (1...12).contains($0.key) }.sorted { $0.key < $1.key }
        let described = points.map { "\(OccupancyCalendar.monthNames[$0.key - 1]) \(PilotageFormat.percent($0.value))" }
        let desc = "Taux d'occupation mensuel en \(year), seuil d'alerte à \(PilotageFormat.percent(threshold)). "
            + (described.isEmpty ? "Aucun mois mesuré." : described.joined(separator: ", ") + ".")
        var out = [PilotageSVG.open(width: width, height: height, idPrefix: idPrefix, title: title, desc: desc)]
        for tick in scale.ticks {
            out.append("<line x1=\"\(n(layout.left))\" y1=\"\(n(y(tick)))\" x2=\"\(n(layout.right))\" y2=\"\(n(y(tick)))\" stroke=\"\(PilotageSVG.gridColor)\"/>")
            out.append("<text x=\"\(n(layout.left - 8))\" y=\"\(n(y(tick) + 4))\" text-anchor=\"end\" font-size=\"11\">\(PilotageSVG.escape(PilotageFormat.percent(tick)))</text>")
        }
        for month in 1...12 {
            out.append("<text x=\"\(n(layout.x(month)))\" y=\"\(n(layout.bottom + 18))\" text-anchor=\"middle\" font-size=\"11\">\(OccupancyCalendar.monthShort[month - 1])</text>")
        }
        let limit = "seuil : " + PilotageFormat.percent(threshold)
        out.append("<g><title>\(PilotageSVG.escape("Seuil d'alerte : " + PilotageFormat.percent(threshold)))</title>"
            + "<line x1=\"\(n(layout.left))\" y1=\"\(n(y(threshold)))\" x2=\"\(n(layout.right))\" y2=\"\(n(y(threshold)))\" stroke=\"\(ChartRenderer.targetColor)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            + "<text x=\"\(n(layout.right))\" y=\"\(n(y(threshold) - 5))\" text-anchor=\"end\" font-size=\"11\" fill=\"\(ChartRenderer.targetColor)\">\(PilotageSVG.escape(limit))</text></g>")
        if points.count > 1 {
            let coords = points.map { "\(n(layout.x($0.key))),\(n(y($0.value)))" }.joined(separator: " ")
            out.append("<polyline points=\"\(coords)\" fill=\"none\" stroke=\"\(ChartRenderer.valueColor)\" stroke-width=\"2.5\"/>")
        }
        for (month, rate) in points {
            out.append("<g><title>\(PilotageSVG.escape("\(OccupancyCalendar.monthNames[month - 1]) \(year) : \(PilotageFormat.percent(rate))"))</title>"
                + "<circle cx=\"\(n(layout.x(month)))\" cy=\"\(n(y(rate)))\" r=\"4\" fill=\"\(ChartRenderer.valueColor)\"/></g>")
        }
        if points.isEmpty {
            out.append("<text x=\"\(n((layout.left + layout.right) / 2))\" y=\"\(n(layout.top + layout.plotHeight / 2))\" text-anchor=\"middle\" font-style=\"italic\">Aucun mois mesuré.</text>")
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}
