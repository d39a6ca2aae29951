import Foundation

/// Fiche 2-2-1-A's "fiabilité de la récurrence mensuelle": of the months elapsed in a year
/// (up to the current one), the share that had at least one event.
public enum MonthlyRegularity {
    /// Months with at least one event ÷ months elapsed; nil before the year has begun.
    /// - Parameter months: the (year, month) of each event; events outside `year` are ignored.
    public static func rate(eventMonths months: [(year: Int, month: Int)], year: Int,
                            today: (year: Int, month: Int)) -> (rate: Double?, covered: Int, elapsed: Int) {
        let elapsed: Int
        if today.year < year { elapsed = 0 } else if today.year > year { elapsed = 12 } else { elapsed = today.month }
        guard elapsed > 0 else { return (nil, 0, 0) }
        let covered = Set(months.filter { $0.year == year && $0.month <= elapsed }.map(\.month)).count
        return (Double(covered) / Double(elapsed), covered, elapsed)
    }
}
