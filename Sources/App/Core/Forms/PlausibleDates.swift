import CTGCore
import Foundation

extension CivilDate {
    /// The French refusal for a typed date outside the plausible range, counted from this year in France.
    /// Forms with a test clock (the follow-up) pass their own year to the CTGCore function instead.
    static func implausibility(year: Int, typed: String, label: String) -> String? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .gmt
        let currentYear = calendar.component(.year, from: Date())
        return implausibility(year: year, typed: typed, label: label, currentYear: currentYear)
    }
}
