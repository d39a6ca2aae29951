/// One fact the app knows about (an animation, an occupancy reading…), reduced to
/// what a computed indicator needs. The app's services build these; this module
/// never reads the database.
public struct ComputedRecord: Codable, Equatable, Sendable {
    /// Database id, shown as "#12" in provenance so a reader can find the record.
    public var id: String
    public var label: String
    public var year: Int
    public var date: PilotageDate?
    public var value: Double?

    public init(id: String, label: String, year: Int, date: PilotageDate? = nil, value: Double? = nil) {
        self.id = id; self.label = label; self.year = year; self.date = date; self.value = value
    }
}

/// A named source an indicator can be bound to instead of being typed by hand.
public struct ComputedSource: Codable, Hashable, Sendable {
    /// Stable key stored on the indicator: "animations.count".
    public var id: String
    /// Start of the provenance sentence: "Nombre d'animations".
    public var label: String
    /// The rule in plain French, shown next to the value.
    public var ruleDescription: String
    public var kind: IndicatorKind

    public init(id: String, label: String, ruleDescription: String, kind: IndicatorKind) {
        self.id = id; self.label = label; self.ruleDescription = ruleDescription; self.kind = kind
    }
}

/// A computed value with enough provenance for a reader (or an auditor of the
/// CAF) to check it by hand.
public struct ComputedValue: Codable, Equatable, Sendable {
    public var sourceID: String
    public var year: Int
    public var value: Double?
    public var formattedValue: String?
    public var recordIDs: [String]
    public var recordLabels: [String]
    public var rule: String
    /// "Nombre d'animations liées à la sous-action 3-1-1-A en 2023 : 4 (enregistrements #12, #15, #18, #20)"
    public var provenance: String

    /// As a measure, so computed values flow through `IndicatorSeries` like typed ones.
    public func asMeasurement() -> IndicatorMeasurement {
        IndicatorMeasurement(value: value, year: year, source: "calcul automatique : \(sourceID)", comment: provenance)
    }
}

/// How a source turns records into a value. Given all records, so that a rule
/// may look beyond the year (cumulative counts); the built-ins only use the year's.
public struct ComputedRule: Sendable {
    public typealias Evaluate = @Sendable (_ records: [ComputedRecord], _ year: Int) -> (value: Double?, used: [ComputedRecord])
    public let evaluate: Evaluate

    public init(_ evaluate: @escaping Evaluate) { self.evaluate = evaluate }

    /// Number of records dated in the year (0 when there are none: "no animation" is a real answer).
    public static let countInYear = ComputedRule { records, year in
        let used = records.filter { $0.year == year }
        return (Double(used.count), used)
    }

    /// Sum of the values of the year's records; records without a value are ignored.
    public static let sumInYear = ComputedRule { records, year in
        let used = records.filter { $0.year == year && $0.value?.isFinite == true }
        return (used.reduce(0) { $0 + ($1.value ?? 0) }, used)
    }

    /// Mean of the values of the year's records (e.g. monthly occupancy rates);
    /// nil when none has a value, since an average of nothing is not 0.
    public static let averageInYear = ComputedRule { records, year in
        let used = records.filter { $0.year == year && $0.value?.isFinite == true }
        guard !used.isEmpty else { return (nil, []) }
        return (used.reduce(0) { $0 + ($1.value ?? 0) } / Double(used.count), used)
    }
}
