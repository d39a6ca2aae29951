import CTGCore
import Fluent
import Vapor

/// The journal's filters as the query string carries them (`du`, `au`, `auteur`, `type`, `code`),
/// shared by the page and its CSV export so both list exactly the same entries.
struct JournalFilter: Content {
    var du: String?
    var au: String?
    var auteur: String?
    var type: String?
    var code: String?
    var page: Int?
    var restaure: String?

    var trimmedCode: String { code?.trimmingCharacters(in: .whitespaces) ?? "" }
    var author: String { auteur ?? "" }
    var kind: String { type ?? "" }

    /// The period, or the French reasons it cannot be read.
    func period() -> Result<JournalPeriod, JournalPeriodRefusal> { JournalPeriod.read(from: du, to: au) }

    /// The filter's own query items, to keep it in page links and the CSV link.
    var queryItems: [(String, String)] {
        [("du", du ?? ""), ("au", au ?? ""), ("auteur", author), ("type", kind), ("code", trimmedCode)]
            .filter { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The territory's entries that match; the indexes of migrations 104 and 690 lead with
    /// `territory_id` and end with `created_at`, so each combination stays an index range.
    func query(territoryID: Int, period: JournalPeriod, on db: any Database) -> QueryBuilder<AuditEntry> {
        var query = AuditEntry.query(on: db).filter(\.$territory.$id == territoryID)
        if !trimmedCode.isEmpty { query = query.filter(\.$actionCode == trimmedCode) }
        if !author.isEmpty { query = query.filter(\.$userEmail == author) }
        if !kind.isEmpty { query = query.filter(\.$entity == AuditEntity(rawValue: kind)) }
        if let start = period.from.map(Self.parisMidnight) { query = query.filter(\.$createdAt >= start) }
        if let end = period.endExclusive.map(Self.parisMidnight) { query = query.filter(\.$createdAt < end) }
        return query.sort(\.$createdAt, .descending).sort(\.$id, .descending)
    }

    /// A day begins at midnight in metropolitan France, where the journal's dates are read.
    static func parisMidnight(_ day: CivilDate) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .gmt
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? .distantPast
    }
}
