/// SVG grid of weekday × month occupancy: the "inégaux sur la semaine" of the diagnostic made
/// visible. Each cell writes its rate, so the picture does not rely on colour alone, and the
/// description repeats every number for screen readers.
public enum OccupancyHeatmap {
    /// - Parameter rates: weekday (1…7) → month (1…12) → rate in points; a missing cell is "non mesuré".
    public static func svg(rates: [Int: [Int: Double]], year: Int, title: String, idPrefix: String = "heatmap") -> String {
        let weekdays = rates.keys.filter { (1...7).contains($0) }.sorted()
        let rowsShown = weekdays.isEmpty ? [1, 2, 3, 4, 5] : weekdays
        let (left, top, cellW, cellH) = (78.0, 28.0, 46.0, 30.0)
        let width = left + cellW * 12 + 8
        let height = top + cellH * Double(rowsShown.count) + 12
        let n = PilotageSVG.num
        var out = [PilotageSVG.open(width: width, height: height, idPrefix: idPrefix, title: title,
                                    desc: description(rates, rows: rowsShown, year: year))]
        for month in 1...12 {
            let x = left + cellW * (Double(month) - 0.5)
            out.append("<text x=\"\(n(x))\" y=\"\(n(top - 10))\" text-anchor=\"middle\" font-size=\"11\">\(OccupancyCalendar.monthShort[month - 1])</text>")
        }
        for (row, weekday) in rowsShown.enumerated() {
            let y = top + cellH * Double(row)
            out.append("<text x=\"\(n(left - 8))\" y=\"\(n(y + cellH / 2 + 4))\" text-anchor=\"end\">\(OccupancyCalendar.weekdayNames[weekday - 1])</text>")
            for month in 1...12 {
                let x = left + cellW * Double(month - 1)
                let rate = rates[weekday]?[month]
                let (fill, ink) = colours(rate)
                let label = rate.map { PilotageFormat.percent($0, maxFractionDigits: 0) } ?? "—"
                let tip = "\(OccupancyCalendar.weekdayNames[weekday - 1]), \(OccupancyCalendar.monthNames[month - 1]) \(year) : \(rate.map { PilotageFormat.percent($0) } ?? "non mesuré")"
                out.append("<g><title>\(PilotageSVG.escape(tip))</title><rect x=\"\(n(x + 1))\" y=\"\(n(y + 1))\" width=\"\(n(cellW - 2))\" height=\"\(n(cellH - 2))\" fill=\"\(fill)\"/>"
                    + "<text x=\"\(n(x + cellW / 2))\" y=\"\(n(y + cellH / 2 + 4))\" text-anchor=\"middle\" font-size=\"11\" fill=\"\(ink)\">\(PilotageSVG.escape(label))</text></g>")
            }
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// Light to dark blue by steps of 20 points; dark cells get white text (contrast ≥ 4.5:1 both ways).
    static func colours(_ rate: Double?) -> (fill: String, ink: String) {
        guard let rate else { return ("#F2F3F5", PilotageSVG.textColor) }
        let steps = ["#E8F1FA", "#C6DCF2", "#8FB9E3", "#2F6FAE", "#123F6B"]
        let index = min(steps.count - 1, max(0, Int(rate / 20)))
        return (steps[index], index >= 3 ? "#FFFFFF" : PilotageSVG.textColor)
    }

    static func description(_ rates: [Int: [Int: Double]], rows: [Int], year: Int) -> String {
        let parts = rows.map { weekday in
            let values = (1...12).compactMap { month in
                rates[weekday]?[month].map { "\(OccupancyCalendar.monthShort[month - 1]) \(PilotageFormat.percent($0, maxFractionDigits: 0))" }
            }
            return "\(OccupancyCalendar.weekdayNames[weekday - 1]) : " + (values.isEmpty ? "non mesuré" : values.joined(separator: ", "))
        }
        return "Taux d'occupation par jour de la semaine et par mois en \(year). " + parts.joined(separator: " ; ") + "."
    }
}
