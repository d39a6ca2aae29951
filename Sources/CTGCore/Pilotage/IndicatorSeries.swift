/// One indicator of a fiche with its measures and yearly targets.
public struct IndicatorSeries: Codable, Equatable, Sendable {
    public var label: String
    public var kind: IndicatorKind
    public var periodicity: Periodicity
    /// Reference value before the convention ("valeur de référence").
    public var baseline: Double?
    /// Target per year. JSON keys are the years as strings ("2023").
    public var targets: [Int: Double]
    public var direction: TargetDirection
    public var measurements: [IndicatorMeasurement]

    public init(label: String, kind: IndicatorKind, periodicity: Periodicity = .annuelle, baseline: Double? = nil,
                targets: [Int: Double] = [:], direction: TargetDirection = .atLeast,
                measurements: [IndicatorMeasurement] = []) {
        self.label = label; self.kind = kind; self.periodicity = periodicity; self.baseline = baseline
        self.targets = targets; self.direction = direction; self.measurements = measurements
    }

    /// The measure that stands for each year: the latest one that carries something
    /// to show (a value, or a text for qualitative indicators). "Latest" means the
    /// latest `date` (undated measures count as 1 January of their year); on a tie
    /// the one entered last in `measurements` wins, so the app passes them in entry order.
    public func latestByYear() -> [Int: IndicatorMeasurement] {
        var best: [Int: IndicatorMeasurement] = [:]
        for m in measurements where carriesData(m) {
            if let current = best[m.year], sortKey(m) < sortKey(current) { continue }
            best[m.year] = m
        }
        return best
    }

    /// The last year up to `year` that has a value: what "the latest value" means everywhere.
    public func latestMeasuredYear(upTo year: Int) -> Int? {
        latestByYear().keys.filter { $0 <= year }.max()
    }

    public func latest(in year: Int) -> IndicatorMeasurement? { latestByYear()[year] }

    public func value(in year: Int) -> Double? { latest(in: year)?.value }

    public func assessment(in year: Int) -> TargetAssessment {
        guard kind != .qualitative, let target = targets[year] else { return .noTarget }
        guard let value = value(in: year) else { return .noValue }
        // Small tolerance: rates typed as 33.33 must meet a 33.333 target computed elsewhere.
        let tolerance = 1e-9 * max(1, abs(target))
        switch (kind, direction) {
        case (.yes_no, _): return (value != 0) == (target != 0) ? .met : .notMet
        case (_, .atLeast): return value >= target - tolerance ? .met : .notMet
        case (_, .atMost): return value <= target + tolerance ? .met : .notMet
        }
    }

    /// Years with a measure or a target, ascending.
    public var years: [Int] {
        Array(Set(measurements.map(\.year)).union(targets.keys)).sorted()
    }

    /// French display of a value of this indicator; nil stays nil so callers pick their placeholder.
    public func format(_ value: Double?) -> String? { value.map(kind.format) }

    /// What a reader sees for a year: the formatted value, or the text of a qualitative measure.
    public func displayValue(in year: Int) -> String? {
        guard let m = latest(in: year) else { return nil }
        if let value = m.value, kind != .qualitative { return kind.format(value) }
        return m.text ?? m.value.map(kind.format)
    }

    private func carriesData(_ m: IndicatorMeasurement) -> Bool {
        kind == .qualitative ? (m.text != nil || m.value != nil) : m.value?.isFinite == true
    }

    private func sortKey(_ m: IndicatorMeasurement) -> PilotageDate { m.date ?? .startOfYear(m.year) }
}
