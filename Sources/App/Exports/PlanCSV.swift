import CTGCore
import Foundation

/// One row per sous-action (see `PlanSheet`), made to open as it is in French Excel:
/// UTF-8 with a byte-order mark, `;` as separator, CRLF line ends.
enum PlanCSV {
    static let header = PlanSheet.header

    static func render(_ tree: PlanTree) throws -> Data {
        try CSVExport.render(header: header, rows: rows(tree))
    }

    static func rows(_ tree: PlanTree) -> [[String]] {
        PlanSheet.rows(tree.parsedDocument(deliberation: nil).plan)
    }
}
