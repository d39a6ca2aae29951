import CTGCore
import Fluent
import Vapor
import Workbook

/// `/financeurs.csv` and `/financeurs.xlsx`: the amounts of `/financeurs` as files, through the
/// site's one CSV writer and one XLSX writer. Amounts are written as plain decimal numbers
/// ("12500,50", French decimal comma) so a spreadsheet adds them up.
enum BudgetExport {
    static let header = ["Axe", "Financeur", "Prévu (€)", "Réalisé (€)", "Taux de réalisation (%)"]

    static func rows(_ summary: BudgetSummary) -> [[String]] {
        let cells = summary.cells.map { [$0.axe, $0.financeur] + numbers($0.amounts) }
        let financeurs = summary.financeurs.map { ["Total par financeur", $0.name] + numbers($0.amounts) }
        let axes = summary.axes.map { [$0.name, "Total de l'axe"] + numbers($0.amounts) }
        return cells + axes + financeurs + [["Total", "Tous financeurs"] + numbers(summary.total)]
    }

    private static func numbers(_ amounts: BudgetAmounts) -> [String] {
        [EuroAmount.input(amounts.plannedCents), amounts.spentKnown ? EuroAmount.input(amounts.spentCents) : "",
         amounts.rate.map { PilotageFormat.number($0 * 100, maxFractionDigits: 1).replacingOccurrences(of: PilotageFormat.groupSeparator, with: "") } ?? ""]
    }

    @Sendable static func csv(req: Request) async throws -> Response {
        let (name, summary) = try await load(req)
        return ExportController.download(try CSVExport.render(header: header, rows: rows(summary)),
                                         filename: "\(name).csv", type: "text/csv; charset=utf-8")
    }

    @Sendable static func xlsx(req: Request) async throws -> Response {
        let (name, summary) = try await load(req)
        let data = try WorkbookWriter.write(sheetName: "Budgets", header: header.map(SpreadsheetCell.neutralised),
                                            rows: rows(summary).map { $0.map(SpreadsheetCell.neutralised) },
                                            widths: [40, 36, 16, 16, 16])
        return ExportController.download(data, filename: "\(name).xlsx", type: PlanXLSX.contentType)
    }

    private static func load(_ req: Request) async throws -> (String, BudgetSummary) {
        let conventionID = try await req.userConventionID()
        let scope = try await req.territoryScope()
        guard let convention = scope.convention else { throw AppError.notFound("Cette convention n'existe pas.") }
        let year = FinanceursBudget.year(req, convention: convention)
        let summary = try await BudgetQuery.summary(conventionID: conventionID, territoryID: scope.territoryID, year: year, on: req.db)
        return ("budgets-\(scope.territory.slug)" + (year.map { "-\($0)" } ?? ""), summary)
    }
}
