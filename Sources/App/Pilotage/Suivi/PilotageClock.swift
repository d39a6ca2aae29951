import CTGCore
import Foundation
import Vapor

/// "Today" for the follow-up rules (lateness, default year, future dates).
/// Lateness is year-based, so tests must be able to pick the year: they set
/// `app.pilotageClock = .fixed(...)` instead of depending on the machine's date.
struct PilotageClock: Sendable {
    var today: @Sendable () -> PilotageDate
    /// Set for a clock stopped on one day (tests): cached pages are keyed on it, not on the machine's day.
    var fixedDay: PilotageDate? = nil

    /// The day in France: a status entered on 31 December at 23:30 in Paris belongs to that year.
    static let system = PilotageClock {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return PilotageDate(year: parts.year ?? 2022, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    static func fixed(_ date: PilotageDate) -> PilotageClock { PilotageClock(today: { date }, fixedDay: date) }
}

extension Application {
    private struct PilotageClockKey: StorageKey { typealias Value = PilotageClock }

    var pilotageClock: PilotageClock {
        get { storage[PilotageClockKey.self] ?? .system }
        set { storage[PilotageClockKey.self] = newValue }
    }
}

extension Request {
    var pilotageToday: PilotageDate { application.pilotageClock.today() }
}
