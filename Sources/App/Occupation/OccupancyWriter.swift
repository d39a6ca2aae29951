import CTGCore
import Fluent
import SQLKit
import Vapor

/// Every write of occupancy data, each inside the caller's `writeTransaction` with its journal
/// entry, and each keeping `occupancy_months` in step so reads never scan the history.
enum OccupancyWriter {
    static func replaceAgrement(_ agrement: Agrement, of structure: Structure, by user: User?, on tx: any Database) async throws {
        let id = try structure.requireID()
        let before = AgrementText.write(try await OccupancyAccess.agrement(structureIDs: [id], on: tx)[id] ?? Agrement(slots: []))
        try await OccupancySlot.query(on: tx).filter(\.$structure.$id == id).delete()
        try await OccupancyClosure.query(on: tx).filter(\.$structure.$id == id).delete()
        for slot in agrement.slots { try await OccupancySlot(structureID: id, slot).create(on: tx) }
        for closure in agrement.closures { try await OccupancyClosure(structureID: id, closure).create(on: tx) }
        _ = try await Audit.record(on: tx, user: user, territoryID: structure.$territory.id, entity: .occupancy, entityID: id,
                                   field: "agrement", before: before, after: AgrementText.write(agrement),
                                   summary: "Agrément de « \(structure.name) » modifié")
    }

    /// Replaces the attendance of the days the file covers (a re-import of the same export
    /// does not count twice), then recomputes the summaries of the months touched.
    static func importAttendance(_ entries: [ChildPresence], into structure: Structure, source: String,
                                 by user: User?, on tx: any Database) async throws {
        let id = try structure.requireID()
        let sql = tx as! any SQLDatabase
        let days = Array(Set(entries.map(\.day.description))).sorted()
        for chunk in stride(from: 0, to: days.count, by: 400).map({ Array(days[$0..<min($0 + 400, days.count)]) }) {
            try await sql.delete(from: "occupancy_attendances").where("structure_id", .equal, id)
                .where("day", .in, chunk).run()
        }
        try await insert(entries, structureID: id, on: sql)
        let months = Set(entries.map { MonthKey(year: $0.day.year, month: $0.day.month) })
        for key in months { try await recompute(structure: structure, key, on: tx) }
        let list = months.sorted { ($0.year, $0.month) < ($1.year, $1.month) }
            .map { "\(OccupancyCalendar.monthNames[$0.month - 1]) \($0.year)" }.joined(separator: ", ")
        _ = try await Audit.record(on: tx, user: user, territoryID: structure.$territory.id, entity: .occupancy, entityID: id,
                                   field: "presences", summary: "\(FrenchCount.phrase(entries.count, "présence importée", "présences importées")) pour « \(structure.name) » (\(source)) : \(list)")
    }

    static func insert(_ entries: [ChildPresence], structureID: Int, on sql: any SQLDatabase) async throws {
        let columns = ["structure_id", "day", "year", "month", "weekday", "child", "arrival_minute", "departure_minute", "billed_minutes"]
        for start in stride(from: 0, to: entries.count, by: 500) {
            var insert = sql.insert(into: "occupancy_attendances").columns(columns)
            for e in entries[start..<min(start + 500, entries.count)] {
                insert = insert.values(SQLBind(structureID), SQLBind(e.day.description), SQLBind(e.day.year), SQLBind(e.day.month),
                                       SQLBind(OccupancyCalendar.weekday(e.day)), SQLBind(e.child), SQLBind(e.arrival),
                                       SQLBind(e.departure), SQLBind(e.billedMinutes))
            }
            try await insert.run()
        }
    }

    struct MonthKey: Hashable { var year: Int; var month: Int }

    private struct Sum: Decodable { var weekday: Int; var realised: Int; var billed: Int }

    /// The weekday rows of one month, from that month's attendance only (an index range).
    static func recompute(structure: Structure, _ key: MonthKey, on tx: any Database) async throws {
        let id = try structure.requireID()
        let sql = tx as! any SQLDatabase
        let sums = try await sql.raw("""
            SELECT weekday, CAST(SUM(departure_minute - arrival_minute) AS INTEGER) AS realised, \
            CAST(SUM(billed_minutes) AS INTEGER) AS billed FROM occupancy_attendances \
            WHERE structure_id = \(bind: id) AND year = \(bind: key.year) AND month = \(bind: key.month) GROUP BY weekday
            """).all(decoding: Sum.self)
        try await sql.delete(from: "occupancy_months").where("structure_id", .equal, id).where("year", .equal, key.year)
            .where("month", .equal, key.month).where("weekday", .greaterThan, 0).run()
        for sum in sums {
            try await write(structure: structure, key, weekday: sum.weekday, realised: sum.realised, billed: sum.billed, on: tx)
        }
    }

    /// Monthly heures réalisées and facturées as declared to the CAF, without a day breakdown.
    static func declareMonth(_ key: MonthKey, realisedMinutes: Int, billedMinutes: Int, of structure: Structure,
                             by user: User?, on tx: any Database) async throws {
        let id = try structure.requireID()
        try await OccupancyMonthRow.query(on: tx).filter(\.$structure.$id == id).filter(\.$year == key.year)
            .filter(\.$month == key.month).filter(\.$weekday == 0).delete()
        try await write(structure: structure, key, weekday: 0, realised: realisedMinutes, billed: billedMinutes, on: tx)
        let hours = { (m: Int) in PilotageFormat.number(Double(m) / 60) }
        _ = try await Audit.record(on: tx, user: user, territoryID: structure.$territory.id, entity: .occupancy, entityID: id,
                                   field: "heures", after: "\(hours(realisedMinutes)) h réalisées, \(hours(billedMinutes)) h facturées",
                                   summary: "Heures de \(OccupancyCalendar.monthNames[key.month - 1]) \(key.year) déclarées pour « \(structure.name) »")
    }

    private static func write(structure: Structure, _ key: MonthKey, weekday: Int, realised: Int, billed: Int,
                              on tx: any Database) async throws {
        let row = OccupancyMonthRow()
        row.$territory.id = structure.$territory.id
        row.$structure.id = try structure.requireID()
        row.year = key.year; row.month = key.month; row.weekday = weekday
        row.realisedMinutes = realised; row.billedMinutes = billed
        try await row.create(on: tx)
    }
}
