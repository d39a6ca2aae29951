/// A calendar day without time zone or locale.
///
/// Pilotage rules are year-based, so a full `Date` would only add time-zone
/// ambiguity (a status entered on 31 December at 23:30 in Paris is 2023, not 2024 UTC).
/// The app converts its `Date`s once, in the convention's time zone.
public struct PilotageDate: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int = 1, day: Int = 1) {
        self.year = year
        self.month = min(max(month, 1), 12)
        self.day = min(max(day, 1), PilotageDate.daysIn(month: self.month, year: year))
    }

    public static func startOfYear(_ year: Int) -> PilotageDate { PilotageDate(year: year, month: 1, day: 1) }
    public static func endOfYear(_ year: Int) -> PilotageDate { PilotageDate(year: year, month: 12, day: 31) }

    public static func < (lhs: PilotageDate, rhs: PilotageDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Position inside the year, 0 on 1 January and just under 1 on 31 December;
    /// used to place the "today" marker inside a Gantt year column.
    public var fractionOfYear: Double {
        let daysBefore = (1..<month).reduce(0) { $0 + PilotageDate.daysIn(month: $1, year: year) }
        let length = PilotageDate.isLeap(year) ? 366.0 : 365.0
        return Double(daysBefore + day - 1) / length
    }

    /// ISO form, so logs and JSON never depend on a locale.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// French long form: "3 mars 2024", "1er janvier 2024".
    public var frenchDescription: String {
        let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                      "août", "septembre", "octobre", "novembre", "décembre"]
        return "\(day == 1 ? "1er" : String(day)) \(months[month - 1]) \(year)"
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
