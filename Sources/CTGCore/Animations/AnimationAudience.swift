import Foundation

/// Who an animation is for, as the agenda filters it (issue 10): the fiches speak of
/// parents, of age bands, or of everyone.
public enum AnimationAudience: String, CaseIterable, Codable, Sendable {
    case parents
    case age0to3 = "0-3"
    case age3to12 = "3-12"
    case age11to15 = "11-15"
    case age16to25 = "16-25"
    case everyone = "tout-public"

    public var label: String {
        switch self {
        case .parents: return "Parents"
        case .age0to3: return "0–3 ans"
        case .age3to12: return "3–12 ans"
        case .age11to15: return "11–15 ans"
        case .age16to25: return "16–25 ans"
        case .everyone: return "Tout public"
        }
    }
}

/// How a series of animations repeats: each occurrence becomes its own dated animation,
/// with its own capacity and registrations, so nothing downstream needs to know about rules.
public enum AnimationRecurrence: String, CaseIterable, Codable, Sendable {
    case none = "aucune"
    case weekly = "hebdomadaire"
    case monthly = "mensuelle"

    public var label: String {
        switch self {
        case .none: return "Une seule date"
        case .weekly: return "Chaque semaine"
        case .monthly: return "Chaque mois"
        }
    }

    /// The longest series one form may create, so a typo cannot create thousands of rows.
    public static let maximumOccurrences = 52

    /// The start of each occurrence, the first being `start`. Steps are counted in the
    /// calendar's time zone, so a weekly 14:00 stays at 14:00 across a change of summer time;
    /// a monthly series on the 31st falls on the last day of shorter months.
    public func occurrences(from start: Date, count: Int, calendar: Calendar) -> [Date] {
        let count = self == .none ? 1 : min(max(count, 1), Self.maximumOccurrences)
        return (0..<count).compactMap { index in
            switch self {
            case .none: return start
            case .weekly: return calendar.date(byAdding: .day, value: 7 * index, to: start)
            case .monthly: return calendar.date(byAdding: .month, value: index, to: start)
            }
        }
    }
}
