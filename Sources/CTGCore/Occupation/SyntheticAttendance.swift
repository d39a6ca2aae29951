/// Plausible attendance for demonstrations and the benchmark: full on Mondays and Tuesdays,
/// thin on Wednesdays and Fridays (the "inégaux sur la semaine" of the diagnostic), lower in
/// summer. Deterministic: the same inputs give the same rows, so demo pages are stable.
public enum SyntheticAttendance {
    /// Share of places taken, by weekday (1 = lundi).
    static let weekdayShare: [Int: Double] = [1: 0.9, 2: 0.85, 3: 0.45, 4: 0.8, 5: 0.6, 6: 0.3, 7: 0.3]
    /// By month: the summer and December dip.
    static let monthShare = [0.95, 0.95, 0.95, 0.9, 0.9, 0.85, 0.7, 0.5, 0.85, 0.95, 0.95, 0.8]

    /// - Parameter fill: scales every share, so two demo structures do not look alike.
    public static func year(_ year: Int, agrement: Agrement, fill: Double, seed: Int) -> [ChildPresence] {
        var entries: [ChildPresence] = []
        var state = UInt64(truncatingIfNeeded: seed &* 2_654_435_761 &+ year)
        func next(_ bound: Int) -> Int {
            // xorshift: good enough to vary arrival times, and no Foundation needed.
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(max(1, bound)))
        }
        for month in 1...12 {
            for day in 1...OccupancyCalendar.daysIn(month: month, year: year) {
                let date = PilotageDate(year: year, month: month, day: day)
                guard agrement.isOpen(on: date) else { continue }
                let weekday = OccupancyCalendar.weekday(date)
                let slots = agrement.slots.filter { $0.weekday == weekday }
                guard let open = slots.map(\.startMinute).min(), let close = slots.map(\.endMinute).max(),
                      let places = slots.map(\.places).max() else { continue }
                let share = (weekdayShare[weekday] ?? 0.5) * monthShare[month - 1] * fill
                let children = min(places, Int((Double(places) * share).rounded()) + next(2))
                for child in 0..<children {
                    let arrival = min(close - 60, open + 15 * next(8))
                    let departure = max(arrival + 60, close - 15 * next(12))
                    let billed = ((departure - arrival + 29) / 30) * 30 + 30
                    entries.append(ChildPresence(day: date, child: "D\(child + 1)", arrival: arrival,
                                                   departure: departure, billedMinutes: billed))
                }
            }
        }
        return entries
    }
}
