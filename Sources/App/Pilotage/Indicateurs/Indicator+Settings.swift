import CTGCore
import Foundation

/// Typed reading of the indicator settings stored as text (migration 321).
/// Unknown raw values fall back to the defaults rather than failing a page.
extension Indicator {
    /// Nil until the coordinateur chooses; read as `.count` meanwhile.
    var kindIfSet: IndicatorKind? { kindRaw.flatMap(IndicatorKind.init(rawValue:)) }
    var kind: IndicatorKind { kindIfSet ?? .count }
    var periodicity: Periodicity { periodicityRaw.flatMap(Periodicity.init(rawValue:)) ?? .annuelle }
    var direction: TargetDirection { directionRaw.flatMap(TargetDirection.init(rawValue:)) ?? .atLeast }

    /// "72 %", "12 animations": a value as a reader sees it, with the unit when there is one.
    func display(_ value: Double) -> String {
        let text = kind.format(value)
        guard let unit, !unit.isEmpty, kind == .count else { return text }
        return "\(text) \(unit)"
    }
}

extension TargetDirection {
    var label: String {
        switch self {
        case .atLeast: "au moins la cible (plus est mieux)"
        case .atMost: "au plus la cible (moins est mieux)"
        }
    }
}
