import Foundation

/// When an information page should be read again (fiche 3-2-1-C, "l'actualiser"): its editor
/// sets an interval, and the page is due that many days after it was last marked up to date.
public struct ReviewSchedule: Equatable, Sendable {
    public static let allowedDays = 7...730
    public static let defaultDays = 180

    public var reviewedAt: Date
    public var intervalDays: Int

    public init(reviewedAt: Date, intervalDays: Int) {
        self.reviewedAt = reviewedAt
        self.intervalDays = intervalDays
    }

    public var dueDate: Date { reviewedAt.addingTimeInterval(TimeInterval(intervalDays) * 86_400) }

    /// Due on the day itself: an editor told "à relire le 3 mars" finds it in the list on the 3rd.
    public func isOverdue(at now: Date) -> Bool { dueDate <= now }
}
