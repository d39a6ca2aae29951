import CTGCore
import Fluent
import Vapor

/// `/admin/journal-instance`: what belongs to no territory (admin and CAF accounts), for the
/// instance admin, with the territory journal's date and author filters, 50 lines to a page.
struct InstanceJournalPage: Encodable {
    struct Row: Encodable {
        var date: String
        var author: String
        var summary: String
    }

    var layout: Layout
    var errors: [String]
    var from: String
    var to: String
    var authors: [AdminUsersPage.Option]
    var rows: [Row]
    var totalLabel: String
    var pageNumber: Int
    var pageCount: Int
    var previous: JournalPage.PageLink?
    var next: JournalPage.PageLink?
}

enum InstanceJournalController {
    @Sendable static func index(req: Request) async throws -> Response {
        try req.requireRole(.admin)
        let filter = try req.query.decode(JournalFilter.self)
        var errors: [String] = []
        var rows: [InstanceJournalPage.Row] = []
        var total = 0, pageNumber = 1, pageCount = 1
        switch filter.period() {
        case .failure(let refusal): errors = refusal.reasons
        case .success(let period):
            var query = InstanceJournalEntry.query(on: req.db)
            if !filter.author.isEmpty { query = query.filter(\.$author == filter.author) }
            if let start = period.from.map(JournalFilter.parisMidnight) { query = query.filter(\.$createdAt >= start) }
            if let end = period.endExclusive.map(JournalFilter.parisMidnight) { query = query.filter(\.$createdAt < end) }
            let page = try await query.sort(\.$createdAt, .descending).sort(\.$id, .descending)
                .paginate(PageRequest(page: max(1, filter.page ?? 1), per: JournalController.perPage))
            rows = page.items.map { .init(date: FrenchFormat.dateTime($0.createdAt), author: $0.author, summary: $0.summary) }
            (total, pageNumber, pageCount) = (page.metadata.total, page.metadata.page, max(1, page.metadata.pageCount))
        }
        let authors = try await InstanceJournalEntry.query(on: req.db).unique().all(\.$author).sorted()
        let items = filter.queryItems.filter { $0.0 != "type" && $0.0 != "code" }
        let link = { (number: Int, label: String) -> JournalPage.PageLink in
            .init(label: label, href: SiteURL.adminInstanceJournal.path(query: items + [("page", String(number))]))
        }
        let context = InstanceJournalPage(
            layout: Layout(title: errors.isEmpty ? "Journal de l'instance" : "Filtre refusé — Journal de l'instance", scope: nil),
            errors: errors, from: filter.du ?? "", to: filter.au ?? "",
            authors: [.init(value: "", label: "Tous", selected: filter.author.isEmpty)]
                + authors.map { .init(value: $0, label: $0, selected: $0 == filter.author) },
            rows: rows, totalLabel: FrenchFormat.plural(total, "modification", "modifications"),
            pageNumber: pageNumber, pageCount: pageCount,
            previous: pageNumber > 1 ? link(pageNumber - 1, "Page précédente") : nil,
            next: pageNumber < pageCount ? link(pageNumber + 1, "Page suivante") : nil)
        return try await req.view.render("admin-instance-journal", context)
            .encodeResponse(status: errors.isEmpty ? .ok : .badRequest, for: req)
    }
}
