import CTGCore
import Fluent
import Vapor

/// `/admin/journal.csv`: the filtered journal, every page of it, for a spreadsheet.
/// Same filters and same French dates as the page, so what is exported is what was read.
enum JournalCSV {
    static let header = ["Date", "Auteur", "Type", "Fiche", "Champ", "Modification", "Avant", "Après"]

    @Sendable static func export(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur, .lecteur)
        let filter = try req.query.decode(JournalFilter.self)
        let period: JournalPeriod
        switch filter.period() {
        case .success(let read): period = read
        case .failure(let refusal): throw AppError.invalidInput(refusal.reasons.joined(separator: " "))
        }
        let entries = try await filter.query(territoryID: user.$territory.id ?? -1, period: period, on: req.db).all()
        let data = try CSVExport.render(header: header, rows: entries.map(row))
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"journal.csv\"")
        return response
    }

    static func row(_ entry: AuditEntry) -> [String] {
        [FrenchFormat.dateTime(entry.createdAt), entry.userEmail, entry.entity.label, entry.actionCode ?? "",
         entry.field ?? "", entry.summary, entry.before ?? "", entry.after ?? ""]
    }
}
