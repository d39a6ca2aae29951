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
    var code: String
    var author: String
    var authors: [AdminUsersPage.Option]
    var rows: [Row]
    var total: Int
    var pageNumber: Int
    var pageCount: Int
    var previous: PageLink?
    var next: PageLink?
}

enum JournalController {
    static let perPage = 50

    struct Filter: Content {
        var code: String?
        var auteur: String?
        var page: Int?
        var restaure: String?
    }

    @Sendable static func index(req: Request) async throws -> View {
        let user = try req.requireRole(.coordinateur, .lecteur)
        let filter = try req.query.decode(Filter.self)
        let code = filter.code?.trimmingCharacters(in: .whitespaces) ?? ""
        let author = filter.auteur ?? ""
        var query = AuditEntry.query(on: req.db).filter(\.$territory.$id == user.territoryID)
        if !code.isEmpty { query = query.filter(\.$actionCode == code) }
        if !author.isEmpty { query = query.filter(\.$userEmail == author) }
        let page = try await query.sort(\.$createdAt, .descending).sort(\.$id, .descending)
            .paginate(PageRequest(page: max(1, filter.page ?? 1), per: perPage))
        let authors = try await AuditEntry.query(on: req.db).filter(\.$territory.$id == user.territoryID)
            .unique().all(\.$userEmail).sorted()
        let link = { (number: Int, label: String) -> JournalPage.PageLink in
            var query = "page=\(number)"
            if !code.isEmpty { query += "&code=" + SiteURL.queryValue(code) }
            if !author.isEmpty { query += "&auteur=" + SiteURL.queryValue(author) }
            return .init(label: label, href: SiteURL.adminJournal.path + "?" + query)
        }
        let meta = page.metadata
        let restorable = user.role == .coordinateur
            ? try await JournalRestore.restorable(page.items.compactMap(\.id), on: req.db) : []
        return try await req.view.render("admin-journal", JournalPage(
            layout: Layout(title: "Journal des modifications", scope: req.userTerritoryScope),
            notice: filter.restaure != nil ? "La ligne supprimée a été restaurée." : nil, code: code, author: author,
            authors: [.init(value: "", label: "Tous", selected: author.isEmpty)]
                + authors.map { .init(value: $0, label: $0, selected: $0 == author) },
            rows: page.items.map { row($0, slug: user.$territory.value?.slug, restorable: restorable) }, total: meta.total, pageNumber: meta.page, pageCount: max(1, meta.pageCount),
            previous: meta.page > 1 ? link(meta.page - 1, "Page précédente") : nil,
            next: meta.page < meta.pageCount ? link(meta.page + 1, "Page suivante") : nil))
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
