/// How an indicator is measured. Raw values are stored in the database.
public enum IndicatorKind: String, Codable, CaseIterable, Hashable, Sendable {
    case count
    /// Stored in percentage points (72.5 means 72,5 %), the way people type them.
    case rate
    /// Stored as 1 (oui) / 0 (non).
    case yes_no
    /// Text only; no value, no target, no chart.
    case qualitative

    public var label: String {
        switch self {
        case .count: "nombre"
        case .rate: "taux"
        case .yes_no: "oui / non"
        case .qualitative: "qualitatif"
        }
    }

    /// Display of a numeric value of this kind.
    public func format(_ value: Double) -> String {
        switch self {
        case .count: PilotageFormat.number(value)
        case .rate: PilotageFormat.percent(value)
        case .yes_no: PilotageFormat.yesNo(value)
        case .qualitative: PilotageFormat.number(value)
        }
    }
}

public enum Periodicity: String, Codable, CaseIterable, Hashable, Sendable {
    case annuelle, semestrielle, trimestrielle, mensuelle, ponctuelle

    public var label: String { rawValue }
}

/// Whether a target is a floor ("au moins 80 %") or a ceiling ("au plus 30 jours d'attente").
public enum TargetDirection: String, Codable, Hashable, Sendable {
    case atLeast
    case atMost
}

/// Named `IndicatorMeasurement`, not `Measurement`, because Foundation already
/// has a `Measurement` type and the app imports both modules.
public struct IndicatorMeasurement: Codable, Equatable, Sendable {
    public var value: Double?
    public var text: String?
    /// As entered: "2023", "1er semestre 2023", "mars 2024".
    public var periodLabel: String
    public var year: Int
    /// When the measure refers to (end of the period); orders measures within a year.
    public var date: PilotageDate?
    public var source: String?
    public var author: String?
    public var comment: String?

    public init(value: Double? = nil, text: String? = nil, periodLabel: String? = nil, year: Int,
                date: PilotageDate? = nil, source: String? = nil, author: String? = nil, comment: String? = nil) {
        self.value = value; self.text = text; self.periodLabel = periodLabel ?? String(year)
        self.year = year; self.date = date; self.source = source; self.author = author; self.comment = comment
    }
}

/// Result of comparing a year's value with that year's target.
public enum TargetAssessment: String, Codable, Hashable, Sendable {
    case met
    case notMet
    case noTarget
    /// A target exists but nothing was measured that year.
    case noValue

    public var label: String {
        switch self {
        case .met: "cible atteinte"
        case .notMet: "cible non atteinte"
        case .noTarget: "pas de cible"
        case .noValue: "non mesuré"
        }
    }

    /// True / false when it can be judged, nil otherwise (the bilan's `met`).
    public var met: Bool? {
        switch self {
        case .met: true
        case .notMet: false
        case .noTarget, .noValue: nil
        }
    }
}
