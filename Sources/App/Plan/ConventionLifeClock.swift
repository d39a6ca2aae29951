import CTGCore
import Vapor

extension Request {
    /// Where the convention stands today, by the follow-up's clock (tests fix the day with
    /// `app.pilotageClock = .fixed(...)`), so "échue" never depends on the machine's date.
    func life(of convention: Convention) throws -> ConventionLife {
        let today = pilotageToday
        // PilotageDate clamps month and day, so only a clock set outside years 1…9999 fails here.
        guard let civil = CivilDate(year: today.year, month: today.month, day: today.day) else {
            throw AppError.unavailable("La date du jour est hors calendrier.")
        }
        return ConventionLife(startYear: convention.startYear, endYear: convention.endYear, today: civil)
    }
}
