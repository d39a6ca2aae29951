/// Plot-area geometry of an indicator chart.
struct ChartLayout {
    let width: Double
    let height: Double
    let years: ClosedRange<Int>

    var left: Double { 72 }
    var right: Double { width - 24 }
    var top: Double { 24 }
    var bottom: Double { height - 64 }
    var plotHeight: Double { bottom - top }
    var legendY: Double { height - 22 }

    /// Years sit in the middle of equal slots, so a single year is centred.
    func x(_ year: Int) -> Double {
        let slot = (right - left) / Double(years.count)
        return left + (Double(year - years.lowerBound) + 0.5) * slot
    }
}

/// Drawing of values, targets and the legend.
enum ChartMarks {
    static func values(_ points: [(Int, Double)], layout: ChartLayout, y: (Double) -> Double, kind: IndicatorKind) -> String {
        let n = PilotageSVG.num
        var out = ["<g>"]
        if points.count > 1 {
            let coords = points.map { "\(n(layout.x($0.0))),\(n(y($0.1)))" }.joined(separator: " ")
            out.append("<polyline points=\"\(coords)\" fill=\"none\" stroke=\"\(ChartRenderer.valueColor)\" stroke-width=\"2.5\"/>")
        }
        for (year, value) in points {
            let label = kind.format(value)
            out.append("<g><title>\(PilotageSVG.escape("\(year) : \(label)"))</title>"
                + "<circle cx=\"\(n(layout.x(year)))\" cy=\"\(n(y(value)))\" r=\"4.5\" fill=\"\(ChartRenderer.valueColor)\"/>"
                + "<text x=\"\(n(layout.x(year)))\" y=\"\(n(y(value) - 9))\" text-anchor=\"middle\" font-size=\"11\" font-weight=\"bold\" "
                + "stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\">\(PilotageSVG.escape(label))</text></g>")
        }
        out.append("</g>")
        return out.joined(separator: "\n")
    }

    static func targets(_ points: [(Int, Double)], layout: ChartLayout, y: (Double) -> Double, kind: IndicatorKind) -> String {
        let n = PilotageSVG.num
        var out = ["<g>"]
        if points.count > 1 {
            let coords = points.map { "\(n(layout.x($0.0))),\(n(y($0.1)))" }.joined(separator: " ")
            out.append("<polyline points=\"\(coords)\" fill=\"none\" stroke=\"\(ChartRenderer.targetColor)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
        }
        for (year, value) in points {
            out.append("<g><title>\(PilotageSVG.escape("Cible \(year) : \(kind.format(value))"))</title>"
                + diamond(x: layout.x(year), y: y(value), size: 6) + "</g>")
        }
        out.append("</g>")
        return out.joined(separator: "\n")
    }

    static func diamond(x: Double, y: Double, size: Double) -> String {
        let n = PilotageSVG.num
        return "<path d=\"M\(n(x)) \(n(y - size)) L\(n(x + size)) \(n(y)) L\(n(x)) \(n(y + size)) L\(n(x - size)) \(n(y)) Z\" "
            + "fill=\"#FFFFFF\" stroke=\"\(ChartRenderer.targetColor)\" stroke-width=\"2\"/>"
    }

    static func legend(layout: ChartLayout, hasTargets: Bool, hasBaseline: Bool) -> String {
        let n = PilotageSVG.num
        let y = layout.legendY
        var x = layout.left
        var out = ["<g font-size=\"11\"><title>Légende</title>"]
        out.append("<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + 24))\" y2=\"\(n(y))\" stroke=\"\(ChartRenderer.valueColor)\" stroke-width=\"2.5\"/>"
            + "<circle cx=\"\(n(x + 12))\" cy=\"\(n(y))\" r=\"4\" fill=\"\(ChartRenderer.valueColor)\"/>"
            + "<text x=\"\(n(x + 30))\" y=\"\(n(y + 4))\">valeur mesurée</text>")
        x += 140
        if hasTargets {
            out.append("<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + 24))\" y2=\"\(n(y))\" stroke=\"\(ChartRenderer.targetColor)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
                + diamond(x: x + 12, y: y, size: 5) + "<text x=\"\(n(x + 30))\" y=\"\(n(y + 4))\">cible</text>")
            x += 90
        }
        if hasBaseline {
            out.append("<line x1=\"\(n(x))\" y1=\"\(n(y))\" x2=\"\(n(x + 24))\" y2=\"\(n(y))\" stroke=\"\(ChartRenderer.baselineColor)\" stroke-width=\"2\" stroke-dasharray=\"2 3\"/>"
                + "<text x=\"\(n(x + 30))\" y=\"\(n(y + 4))\">valeur de référence</text>")
        }
        out.append("</g>")
        return out.joined(separator: "\n")
    }
}
