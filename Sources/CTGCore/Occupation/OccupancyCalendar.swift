import Foundation

/// Calendar facts the occupancy rules need: ISO weekdays, French day and month names,
/// and the two date and time forms crèche software exports.
public enum OccupancyCalendar {
    public static let weekdayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    public static let monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                    "août", "septembre", "octobre", "novembre", "décembre"]
    public static let monthShort = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
                                    "août", "sept.", "oct.", "nov.", "déc."]

    /// 1 = lundi … 7 = dimanche, by counting days from a known Monday (1 January 2001).
    public static func weekday(_ date: PilotageDate) -> Int {
        let offset = dayNumber(date) - dayNumber(PilotageDate(year: 2001, month: 1, day: 1))
        return ((offset % 7) + 7) % 7 + 1
    }

    /// Days since an arbitrary origin, so that consecutive days differ by one.
    public static func dayNumber(_ date: PilotageDate) -> Int {
        // Howard Hinnant's days-from-civil: exact for every Gregorian date.
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (date.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + date.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe
    }

    public static func daysIn(month: Int, year: Int) -> Int { PilotageDate.daysIn(month: month, year: year) }

    /// "2024-03-05" or "05/03/2024"; nil for anything else or an impossible day.
    public static func parseDay(_ text: String) -> PilotageDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let iso = t.split(separator: "-", omittingEmptySubsequences: false)
        let fr = t.split(separator: "/", omittingEmptySubsequences: false)
        let parts: [Int]
        if iso.count == 3, iso[0].count == 4 {
            parts = iso.compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return valid(year: parts[0], month: parts[1], day: parts[2])
        } else if fr.count == 3, fr[2].count == 4 {
            parts = fr.compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            return valid(year: parts[2], month: parts[1], day: parts[0])
        }
        return nil
    }

    private static func valid(year: Int, month: Int, day: Int) -> PilotageDate? {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return PilotageDate(year: year, month: month, day: day)
    }

    /// "07:30", "7h30", "7 h 30" or "07h" as minutes after midnight; 24:00 is the end of the day.
    public static func parseTime(_ text: String) -> Int? {
        let t = text.lowercased().replacingOccurrences(of: " ", with: "")
        let separator: Character = t.contains(":") ? ":" : "h"
        let parts = t.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2, let hours = Int(parts[0]), (0...24).contains(hours) else { return nil }
        let minutes = parts[1].isEmpty ? 0 : Int(parts[1]) ?? -1
        guard parts[1].count <= 2, (0...59).contains(minutes), hours * 60 + minutes <= 1440 else { return nil }
        return hours * 60 + minutes
    }

    /// "07:30"
    public static func formatTime(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

    public static func weekday(named name: String) -> Int? {
        weekdayNames.firstIndex(of: name.lowercased().trimmingCharacters(in: .whitespaces)).map { $0 + 1 }
    }
}
