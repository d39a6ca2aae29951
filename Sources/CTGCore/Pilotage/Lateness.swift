/// Derives "en retard" from the planned years; nobody has to remember to set it.
///
/// The rule is year-based because the plan itself only says which years a
/// sous-action runs in, never a date: a sous-action is late once every planned
/// year is over (last planned year < the current year) and it is neither réalisé
/// nor abandonné. Unknown years (empty list) are never late: we do not guess.
public enum Lateness {
    public static func isLate(plannedYears: [Int], status: SubActionStatus, currentYear: Int) -> Bool {
        guard !status.isClosed, let last = plannedYears.max() else { return false }
        return last < currentYear
    }

    public static func isLate(plannedYears: [Int], status: SubActionStatus, today: PilotageDate) -> Bool {
        isLate(plannedYears: plannedYears, status: status, currentYear: today.year)
    }

    /// The status to display: the recorded one, or `.en_retard` when the rule says so.
    /// A status recorded as `.en_retard` by hand stays so.
    public static func effectiveStatus(plannedYears: [Int], recorded: SubActionStatus, currentYear: Int) -> SubActionStatus {
        isLate(plannedYears: plannedYears, status: recorded, currentYear: currentYear) ? .en_retard : recorded
    }

    public static func effectiveStatus(plannedYears: [Int], recorded: SubActionStatus, today: PilotageDate) -> SubActionStatus {
        effectiveStatus(plannedYears: plannedYears, recorded: recorded, currentYear: today.year)
    }
}
