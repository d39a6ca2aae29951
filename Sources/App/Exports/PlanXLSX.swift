import CTGCore
import Foundation
import Workbook

/// The plan as an XLSX workbook, in the columns and rows of `/plan.csv`. Cells are
/// text, neutralised like the CSV's: a title typed as "=HYPERLINK(…)" must stay text
/// when someone edits the cell in Excel, which would otherwise turn it into a formula.
enum PlanXLSX {
    static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    /// Character widths of the columns, so the file opens readable.
    static let widths = [30, 40, 12, 50, 16, 60, 14, 36, 36, 28, 36]

    static func render(_ tree: PlanTree) throws -> Data {
        try WorkbookWriter.write(sheetName: "Plan d'actions", header: PlanCSV.header.map(SpreadsheetCell.neutralised),
                                 rows: PlanCSV.rows(tree).map { $0.map(SpreadsheetCell.neutralised) }, widths: widths)
    }
}
