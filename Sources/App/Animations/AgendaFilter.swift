import CTGCore
import Fluent
import SQLKit
import Vapor

/// The agenda's filters, read from the query string (`?public=0-3&commune=…&theme=…`): the same
/// for the page, the ICS feed and the API, so a subscribed feed lists what the page listed.
struct AgendaFilter: Content, Sendable {
    var `public`: String?
    var commune: String?
    var theme: String?
    var page: Int?

    static let pageSize = 30

    var audience: AnimationAudience? { `public`.flatMap(AnimationAudience.init(rawValue:)) }
    var communeValue: String? { commune.flatMap { $0.isEmpty ? nil : $0 } }
    var themeValue: String? { theme.flatMap { $0.isEmpty ? nil : $0 } }

    /// The query items to carry into links (feeds, pages), without the page number.
    var queryItems: [(String, String)] {
        [("public", audience?.rawValue), ("commune", communeValue), ("theme", themeValue)]
            .compactMap { key, value in value.map { (key, $0) } }
    }

    /// Animations of the territory from `since`, filtered, by date (index territory_id, starts_at).
    func query(territoryID: Int, since: Date, on db: any Database) -> QueryBuilder<Animation> {
        let query = Animation.query(on: db).filter(\.$territory.$id == territoryID).filter(\.$startsAt >= since)
        if let audience { query.filter(\.$audience == audience.rawValue) }
        if let communeValue { query.filter(\.$commune == communeValue) }
        if let themeValue { query.filter(\.$theme == themeValue) }
        return query.sort(\.$startsAt).sort(\.$id)
    }
}

/// Confirmed and waitlisted places of some animations, in one grouped query.
struct AnimationCounts: Sendable {
    var confirmed: [Int: Int] = [:]
    var waitlisted: [Int: Int] = [:]

    func placesLeft(_ animation: Animation) -> Int {
        max(0, animation.capacity - confirmed[animation.id ?? 0, default: 0])
    }

    static func load(_ ids: [Int], on db: any Database) async throws -> AnimationCounts {
        var counts = AnimationCounts()
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return counts }
        struct Row: Decodable { var animation_id: Int; var status: String; var total: Int }
        let rows = try await sql.raw("""
            SELECT animation_id, status, CAST(COALESCE(SUM(places), 0) AS INTEGER) AS total FROM animation_registrations
            WHERE animation_id IN (\(binds: ids)) AND status IN ('confirmed', 'waitlisted')
            GROUP BY animation_id, status
            """).all(decoding: Row.self)
        for row in rows {
            if row.status == "confirmed" { counts.confirmed[row.animation_id] = row.total }
            else { counts.waitlisted[row.animation_id] = row.total }
        }
        return counts
    }
}

/// Dates as families read them, in Paris time.
enum AnimationDates {
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .gmt
        return calendar
    }

    static let weekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                         "septembre", "octobre", "novembre", "décembre"]

    /// "mardi 1 décembre 2026, 14 h 00 – 15 h 30"
    static func span(_ start: Date, _ end: Date) -> String {
        let c = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute], from: start)
        let e = calendar.dateComponents([.hour, .minute], from: end)
        let day = "\(weekdays[(c.weekday ?? 1) - 1]) \(c.day ?? 1) \(months[(c.month ?? 1) - 1]) \(c.year ?? 0)"
        return "\(day), \(time(c.hour, c.minute)) – \(time(e.hour, e.minute))"
    }

    static func time(_ hour: Int?, _ minute: Int?) -> String {
        String(format: "%d h %02d", hour ?? 0, minute ?? 0)
    }

    /// "2026-12-01T14:00" for `<time datetime>`.
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        return formatter.string(from: date)
    }
}
