/// Vertical scale of an indicator chart: round tick values a reader can check by eye.
struct ChartScale {
    let min: Double
    let max: Double
    let ticks: [Double]

    init(values: [Double], kind: IndicatorKind) {
        if kind == .yes_no {
            (min, max, ticks) = (0, 1, [0, 1])
            return
        }
        // Counts and rates start at zero: a truncated axis exaggerates small changes.
        let low = Swift.min(0, values.min() ?? 0)
        var high = Swift.max(values.max() ?? 1, low + 1)
        let step = ChartScale.niceStep((high - low) / 4, integral: kind == .count)
        high = (high / step).rounded(.up) * step
        let start = (low / step).rounded(.down) * step
        var ticks: [Double] = []
        var t = start
        while t <= high + step / 1000 {
            ticks.append(t)
            t += step
        }
        (min, max, self.ticks) = (start, high, ticks)
    }

    /// 1, 2, 2.5 or 5 times a power of ten; counts never get fractional steps.
    static func niceStep(_ raw: Double, integral: Bool) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let factors: [Double] = integral ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]
        let step = factors.map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        return integral ? Swift.max(1, step.rounded(.up)) : step
    }

    /// Position from the top of the plot area, 0 at `max`.
    func y(_ value: Double, plotTop: Double, plotHeight: Double) -> Double {
        plotTop + (max - value) / (max - min) * plotHeight
    }
}

/// The chart as a table, for readers who cannot see it and for print.
public struct ChartTable: Codable, Equatable, Sendable {
    public struct Row: Codable, Equatable, Sendable {
        public var year: Int
        public var value: String
        public var target: String
        /// "oui", "non" or "—" when there is nothing to compare.
        public var met: String
    }
    public var caption: String
    public var headers: [String]
    public var rows: [Row]
    /// "Valeur de référence : 12", when there is one.
    public var baselineNote: String?
}
