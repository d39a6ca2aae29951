import Foundation

extension DocumentParser {
    /// Dates and times as French administrative texts write them.
    enum FrenchDate {
        static let months = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                             "septembre", "octobre", "novembre", "decembre"]

        static func isValid(year: Int, month: Int, day: Int) -> Bool {
            guard (1900...2200).contains(year), (1...12).contains(month), day >= 1 else { return false }
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            return day <= lengths[month - 1]
        }

        static func iso(year: Int, month: Int, day: Int) -> String? {
            guard isValid(year: year, month: month, day: day) else { return nil }
            return String(format: "%04d-%02d-%02d", year, month, day)
        }

        /// "20/06/2022" → "2022-06-20".
        static func fromNumeric(_ s: some StringProtocol) -> String? {
            guard let m = Text.trim(s).wholeMatch(of: Patterns.fromNumeric),
                  let d = Int(m.1), let mo = Int(m.2), let y = Int(m.3) else { return nil }
            return iso(year: y, month: mo, day: d)
        }

        /// First "7 juin 2022" / "1er juin 2022" in the text.
        static func firstLongDate(in s: some StringProtocol) -> String? {
            let folded = Text.fold(s)
            for m in folded.matches(of: Patterns.firstLongDate) {
                if let d = Int(m.1), let mo = months.firstIndex(of: String(m.2)), let y = Int(m.3),
                   let date = iso(year: y, month: mo + 1, day: d) { return date }
            }
            return nil
        }

        /// "à 18 heures" → "18:00", "18h30" → "18:30".
        static func firstTime(in s: some StringProtocol) -> String? {
            let folded = Text.fold(s)
            guard let m = folded.firstMatch(of: Patterns.firstTime),
                  let h = Int(m.1), h < 24 else { return nil }
            let minutes = m.2.flatMap { Int($0) } ?? 0
            guard minutes < 60 else { return nil }
            return String(format: "%02d:%02d", h, minutes)
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let fromNumeric = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/
    nonisolated(unsafe) static let firstLongDate = /(\d{1,2})\s*(?:er)?\s+([a-z]+)\s+(\d{4})/
    nonisolated(unsafe) static let firstTime = /\b(\d{1,2})\s*(?:h|heures?)(?:\s*(\d{2}))?\b/
}
