/// What a structure is authorised for: places per weekday and time slot, and the periods it
/// is closed. A weekday without a slot is a closed day. Capacity is computed from this on
/// read, so changing the agrément changes past rates too: the agrément is the current one.
public struct Agrement: Equatable, Sendable {
    public struct Slot: Equatable, Sendable, Codable {
        /// 1 = lundi … 7 = dimanche.
        public var weekday: Int
        public var startMinute: Int
        public var endMinute: Int
        public var places: Int

        public init(weekday: Int, startMinute: Int, endMinute: Int, places: Int) {
            self.weekday = weekday; self.startMinute = startMinute; self.endMinute = endMinute; self.places = places
        }

        /// Place-minutes the slot offers on one open day.
        public var capacityMinutes: Int { places * (endMinute - startMinute) }
    }

    public struct Closure: Equatable, Sendable, Codable {
        public var first: PilotageDate
        public var last: PilotageDate
        public var label: String

        public init(first: PilotageDate, last: PilotageDate, label: String) {
            self.first = first; self.last = last; self.label = label
        }

        public func contains(_ day: PilotageDate) -> Bool { first <= day && day <= last }
    }

    public var slots: [Slot]
    public var closures: [Closure]

    public init(slots: [Slot], closures: [Closure] = []) {
        self.slots = slots
        self.closures = closures
    }

    public func isOpen(on day: PilotageDate) -> Bool {
        let weekday = OccupancyCalendar.weekday(day)
        return slots.contains { $0.weekday == weekday } && !closures.contains { $0.contains(day) }
    }

    /// Place-minutes offered on that day: 0 on a closed day.
    public func capacityMinutes(on day: PilotageDate) -> Int {
        guard isOpen(on: day) else { return 0 }
        let weekday = OccupancyCalendar.weekday(day)
        return slots.filter { $0.weekday == weekday }.reduce(0) { $0 + $1.capacityMinutes }
    }

    /// Place-minutes of each weekday (1…7) of a month, closures taken out.
    public func capacityMinutes(year: Int, month: Int) -> [Int: Int] {
        var byWeekday: [Int: Int] = [:]
        for day in 1...OccupancyCalendar.daysIn(month: month, year: year) {
            let date = PilotageDate(year: year, month: month, day: day)
            let minutes = capacityMinutes(on: date)
            if minutes > 0 { byWeekday[OccupancyCalendar.weekday(date), default: 0] += minutes }
        }
        return byWeekday
    }

    /// Whether an attendance from `arrival` to `departure` lies inside the opening hours of that day.
    public func covers(day: PilotageDate, arrival: Int, departure: Int) -> Bool {
        let weekday = OccupancyCalendar.weekday(day)
        let today = slots.filter { $0.weekday == weekday }
        guard let open = today.map(\.startMinute).min(), let close = today.map(\.endMinute).max() else { return false }
        return open <= arrival && departure <= close
    }
}
