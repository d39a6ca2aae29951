/// The range of dates a form accepts. A status dated `0000-01-01` or a receipt dated
/// `9999-12-31` is a typing mistake: stored, it would sort first or last everywhere and
/// push the Gantt and the bilan off their scale. One range for every date field.
extension CivilDate {
    /// Before any CTG (created in 2013) and any serving council member's first mandate.
    public static let earliestPlausibleYear = 1950
    /// A mandate or a convention can end years ahead, never decades.
    public static let plausibleYearsAhead = 20

    public static func plausibleYears(currentYear: Int) -> ClosedRange<Int> {
        earliestPlausibleYear...(currentYear + plausibleYearsAhead)
    }

    /// The French refusal for a date of `year`, typed as `typed` in the field `label`; nil when plausible.
    public static func implausibility(year: Int, typed: String, label: String, currentYear: Int) -> String? {
        let range = plausibleYears(currentYear: currentYear)
        guard !range.contains(year) else { return nil }
        return "La date « \(typed) » (\(label)) n'est pas plausible : elle doit tomber entre \(range.lowerBound) "
            + "et \(range.upperBound)."
    }
}
