import Fluent
import Vapor

/// `/admin/journal`: every change of the territory, newest first, filtered by
/// fiche or author, 50 to a page. Coordinateurs and lecteurs read it.
struct JournalPage: Encodable {
    struct Row: Encodable {
        var date: String
        var author: String
        var ficheCode: String?
        var ficheHref: String?
        var subject: String
        var summary: String
        var before: String?
        var after: String?
        /// « Restaurer »: a deletion that kept its row, for a coordinateur.
        var restoreAction: String?
    }

    struct PageLink: Encodable {
        var label: String
        var href: String
    }

    var layout: Layout
    var notice: String?
    /// Why the filter was refused (a day that does not exist, an end before the start).
    var errors: [String]
    var code: String
    var from: String
    var to: String
    var authors: [AdminUsersPage.Option]
    var kinds: [AdminUsersPage.Option]
    var rows: [Row]
    var totalLabel: String
    var pageNumber: Int
    var pageCount: Int
    var previous: PageLink?
    var next: PageLink?
    var csvHref: String
}

enum JournalController {
    static let perPage = 50

    @Sendable static func index(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur, .lecteur)
        let filter = try req.query.decode(JournalFilter.self)
        let territoryID = user.$territory.id ?? -1
        var errors: [String] = []
        var rows: [JournalPage.Row] = []
        var total = 0, pageNumber = 1, pageCount = 1
        switch filter.period() {
        case .failure(let refusal): errors = refusal.reasons
        case .success(let period):
            let page = try await filter.query(territoryID: territoryID, period: period, on: req.db)
                .paginate(PageRequest(page: max(1, filter.page ?? 1), per: perPage))
            let restorable = user.role == .coordinateur
                ? try await JournalRestore.restorable(page.items.compactMap(\.id), on: req.db) : []
            rows = page.items.map { row($0, slug: (user.$territory.value ?? nil)?.slug, restorable: restorable) }
            (total, pageNumber, pageCount) = (page.metadata.total, page.metadata.page, max(1, page.metadata.pageCount))
        }
        let base = AuditEntry.query(on: req.db).filter(\.$territory.$id == territoryID)
        let authors = try await base.copy().unique().all(\.$userEmail).sorted()
        let kinds = try await base.copy().unique().all(\.$entity).map { ($0.rawValue, $0.label) }
            .sorted { $0.1.compare($1.1, locale: Locale(identifier: "fr_FR")) == .orderedAscending }
        let link = { (number: Int, label: String) -> JournalPage.PageLink in
            .init(label: label, href: SiteURL.adminJournal.path(query: filter.queryItems + [("page", String(number))]))
        }
        let context = JournalPage(
            layout: Layout(title: errors.isEmpty ? "Journal des modifications" : "Filtre refusé — Journal des modifications",
                           scope: req.userTerritoryScope),
            notice: filter.restaure != nil ? "La ligne supprimée a été restaurée." : nil, errors: errors,
            code: filter.trimmedCode, from: filter.du ?? "", to: filter.au ?? "",
            authors: [.init(value: "", label: "Tous", selected: filter.author.isEmpty)]
                + authors.map { .init(value: $0, label: $0, selected: $0 == filter.author) },
            kinds: [.init(value: "", label: "Toutes", selected: filter.kind.isEmpty)]
                + kinds.map { .init(value: $0.0, label: $0.1, selected: $0.0 == filter.kind) },
            rows: rows, totalLabel: FrenchFormat.plural(total, "modification", "modifications"),
            pageNumber: pageNumber, pageCount: pageCount,
            previous: pageNumber > 1 ? link(pageNumber - 1, "Page précédente") : nil,
            next: pageNumber < pageCount ? link(pageNumber + 1, "Page suivante") : nil,
            csvHref: SiteURL.adminJournalCSV.path(query: filter.queryItems))
        return try await req.view.render("admin-journal", context)
            .encodeResponse(status: errors.isEmpty ? .ok : .badRequest, for: req)
    }

    /// `slug` is the user's territory, the only one whose entries the journal lists.
    private static func row(_ entry: AuditEntry, slug: String?, restorable: Set<Int>) -> JournalPage.Row {
        let href = entry.actionCode.flatMap { code in
            slug.map { TerritoryRef(slug: $0, convention: entry.$convention.id).path(.fiche(code: code)) }
        }
        return .init(date: FrenchFormat.dateTime(entry.createdAt), author: entry.userEmail,
                     ficheCode: entry.actionCode, ficheHref: href, subject: entry.entity.label,
                     summary: entry.summary, before: entry.before, after: entry.after,
                     restoreAction: entry.id.flatMap { restorable.contains($0) ? SiteURL.adminJournalRestore(entryID: $0).path : nil })
    }
}

extension FrenchFormat {
    /// "12 mars 2024 à 14 h 05", in metropolitan French time.
    static func dateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 1, c.day ?? 1)
        return "\(FrenchFormat.date(day) ?? day) à \(c.hour ?? 0) h \(String(format: "%02d", c.minute ?? 0))"
    }
}
