import CTGCore
import Fluent
import Vapor

/// One slot of a structure's agrément: places on a weekday between two times.
final class OccupancySlot: Model, @unchecked Sendable {
    static let schema = "occupancy_slots"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "structure_id") var structure: Structure
    @Field(key: "weekday") var weekday: Int
    @Field(key: "start_minute") var startMinute: Int
    @Field(key: "end_minute") var endMinute: Int
    @Field(key: "places") var places: Int

    init() {}

    init(structureID: Int, _ slot: Agrement.Slot) {
        $structure.id = structureID
        weekday = slot.weekday; startMinute = slot.startMinute; endMinute = slot.endMinute; places = slot.places
    }

    var slot: Agrement.Slot { .init(weekday: weekday, startMinute: startMinute, endMinute: endMinute, places: places) }
}

/// A period the structure is closed (holidays, works).
final class OccupancyClosure: Model, @unchecked Sendable {
    static let schema = "occupancy_closures"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "structure_id") var structure: Structure
    /// ISO days, which sort as text.
    @Field(key: "first_day") var firstDay: String
    @Field(key: "last_day") var lastDay: String
    @Field(key: "label") var label: String

    init() {}

    init(structureID: Int, _ closure: Agrement.Closure) {
        $structure.id = structureID
        firstDay = closure.first.description; lastDay = closure.last.description; label = closure.label
    }

    var closure: Agrement.Closure? {
        guard let first = OccupancyCalendar.parseDay(firstDay), let last = OccupancyCalendar.parseDay(lastDay) else { return nil }
        return .init(first: first, last: last, label: label)
    }
}

/// The monthly summary row (see migration 562).
final class OccupancyMonthRow: Model, @unchecked Sendable {
    static let schema = "occupancy_months"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Parent(key: "structure_id") var structure: Structure
    @Field(key: "year") var year: Int
    @Field(key: "month") var month: Int
    @Field(key: "weekday") var weekday: Int
    @Field(key: "realised_minutes") var realisedMinutes: Int
    @Field(key: "billed_minutes") var billedMinutes: Int

    init() {}
}
