/// Price against QF, one stepped line per accueil de loisirs and the draft dashed in black,
/// drawn with the indicator charts' scale so every chart of the site reads the same way.
/// Colours come with dash patterns, so the lines stay apart on a black-and-white printout.
public enum TariffChart {
    public struct Series: Sendable {
        public var name: String
        public var grid: TariffGrid
        public init(name: String, grid: TariffGrid) { self.name = name; self.grid = grid }
    }

    static let colors = ["#0067A5", "#B84A00", "#1B7F3B", "#8E3B9E", "#9A6700", "#C2185B", "#00695C", "#5D4037"]
    static let dashes = ["", "8 4", "2 3", "10 3 2 3", "4 4", "12 4", "1 4", "6 2 2 2"]

    /// The colour and dash of the series at that index (the page's legend uses the same).
    public static func style(_ index: Int) -> (color: String, dash: String) {
        (colors[index % colors.count], dashes[index % dashes.count])
    }

    public static func svg(series: [Series], draft: TariffGrid?, unit: TariffUnit, title: String,
                           idPrefix: String = "tarifs", width: Double = 640, height: Double = 300) -> String {
        let maxQF = chartMaxQF(series.map(\.grid) + [draft].compactMap { $0 })
        let step = max(maxQF / 200, 1)
        let samples = Array(stride(from: 0, through: maxQF, by: step))
        let priced = (series.map(\.grid) + [draft].compactMap { $0 }).flatMap { grid in samples.compactMap { grid.price(qf: $0, unit: unit) } }
        let scale = ChartScale(values: priced.map { Double($0) / 100 }, kind: .count)
        let left = 64.0, right = width - 16, top = 20.0, bottom = height - 44
        let x = { (qf: Int) in left + Double(qf) / Double(maxQF) * (right - left) }
        let y = { (cents: Int) in scale.y(Double(cents) / 100, plotTop: top, plotHeight: bottom - top) }
        let n = PilotageSVG.num
        let desc = "Prix de la \(unit.phrase) selon le quotient familial, de 0 à \(TariffText.qf(maxQF)), pour "
            + (series.isEmpty ? "aucune grille" : series.map(\.name).joined(separator: ", "))
            + (draft == nil ? "." : ", et la grille harmonisée en projet (trait noir épais).")
        var out = [PilotageSVG.open(width: width, height: height, idPrefix: idPrefix, title: title, desc: desc)]
        for tick in scale.ticks {
            let ty = scale.y(tick, plotTop: top, plotHeight: bottom - top)
            out.append("<line x1=\"\(n(left))\" y1=\"\(n(ty))\" x2=\"\(n(right))\" y2=\"\(n(ty))\" stroke=\"\(PilotageSVG.gridColor)\"/>")
            out.append("<text x=\"\(n(left - 6))\" y=\"\(n(ty + 4))\" text-anchor=\"end\" font-size=\"11\">\(PilotageSVG.escape(PilotageFormat.number(tick) + " €"))</text>")
        }
        for qf in stride(from: 0, through: maxQF, by: maxQF / 4) {
            out.append("<text x=\"\(n(x(qf)))\" y=\"\(n(bottom + 16))\" text-anchor=\"middle\" font-size=\"11\">\(PilotageSVG.escape(TariffText.qf(qf)))</text>")
        }
        out.append("<text x=\"\(n((left + right) / 2))\" y=\"\(n(bottom + 34))\" text-anchor=\"middle\" font-size=\"11\">Quotient familial (€)</text>")
        for (index, entry) in series.enumerated() {
            let (color, dash) = style(index)
            out.append(line(entry.grid, samples: samples, unit: unit, x: x, y: y, title: entry.name,
                            attributes: "stroke=\"\(color)\" stroke-width=\"2.5\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")))
        }
        if let draft {
            out.append(line(draft, samples: samples, unit: unit, x: x, y: y, title: "Grille harmonisée (projet)",
                            attributes: "stroke=\"#1F2328\" stroke-width=\"4\" stroke-dasharray=\"10 5\""))
        }
        out.append("</svg>")
        return out.joined(separator: "\n")
    }

    /// A step path ("price holds until the next QF") over the QFs the grid prices.
    static func line(_ grid: TariffGrid, samples: [Int], unit: TariffUnit, x: (Int) -> Double, y: (Int) -> Double,
                     title: String, attributes: String) -> String {
        let n = PilotageSVG.num
        var path = ""
        var previous: Int?
        for qf in samples {
            guard let price = grid.price(qf: qf, unit: unit) else { previous = nil; continue }
            if previous == nil { path += "M\(n(x(qf))) \(n(y(price)))" } else if previous != price { path += " H\(n(x(qf))) V\(n(y(price)))" }
            previous = price
        }
        if let last = samples.last, previous != nil { path += " H\(n(x(last)))" }
        guard !path.isEmpty else { return "" }
        return "<g><title>\(PilotageSVG.escape(title))</title><path d=\"\(path)\" fill=\"none\" \(attributes)/></g>"
    }

    /// Room for every bracket bound, rounded up to 500, at least 2 000.
    static func chartMaxQF(_ grids: [TariffGrid]) -> Int {
        var highest = 1_500
        for grid in grids {
            if case .brackets(let brackets) = grid.scheme { highest = max(highest, brackets.map { $0.last ?? $0.first }.max() ?? 0) }
            if case .linear(let rates) = grid.scheme {
                for rate in rates.values where rate.rateE4 > 0 { highest = max(highest, rate.ceiling * 10_000 / rate.rateE4) }
            }
        }
        return min(((highest + 500) / 500) * 500, 10_000)
    }
}
