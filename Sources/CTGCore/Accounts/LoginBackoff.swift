import Foundation

/// How long an account waits between sign-in attempts once it has had too many
/// failures. The first `freeAttempts` failures cost nothing (people mistype);
/// after them each new attempt must wait twice as long as the previous one,
/// from the last attempt, up to `maximumDelay`. The delay slows guessing without
/// locking the real owner out for long: after an attack stops, they wait at most
/// `maximumDelay`, and from any address.
public struct LoginBackoff: Sendable, Equatable {
    public var freeAttempts: Int
    public var firstDelay: TimeInterval
    public var maximumDelay: TimeInterval

    public init(freeAttempts: Int, firstDelay: TimeInterval, maximumDelay: TimeInterval) {
        self.freeAttempts = freeAttempts
        self.firstDelay = firstDelay
        self.maximumDelay = maximumDelay
    }

    /// The delay owed after `failures` recent failures.
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeAttempts else { return 0 }
        // Capping the exponent first keeps 2^n finite whatever the count.
        let doublings = min(failures - freeAttempts, 40)
        return min(firstDelay * pow(2, Double(doublings)), maximumDelay)
    }

    /// Seconds still to wait at `now`, 0 when an attempt may be made.
    public func remainingWait(failures: Int, lastAttempt: Date?, now: Date) -> TimeInterval {
        // The database rounds stored times (PostgreSQL to the microsecond), so the last
        // attempt can lie a hair after `now`: the wait is kept within [0, owed], or a
        // 15 s delay would be announced as 16 s.
        let owed = delay(afterFailures: failures)
        guard let lastAttempt, owed > 0 else { return 0 }
        return min(owed, max(0, lastAttempt.addingTimeInterval(owed).timeIntervalSince(now)))
    }

    /// "45 secondes", "2 minutes": the wait as the refusal page says it, rounded up.
    public static func frenchDuration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole <= 1 { return "1 seconde" }
        if whole < 60 { return "\(whole) secondes" }
        let minutes = (whole + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }
}
