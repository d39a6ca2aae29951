import CSV
import CTGCore
import Foundation

/// The one CSV writer of the site: every export (pages and commands) goes
/// through it, so every cell is neutralised against spreadsheet formulas
/// (`SpreadsheetCell`, CTGCore) in a single place.
enum CSVExport {
    struct Dialect: Sendable {
        var delimiter: String
        var byteOrderMark: Bool

        /// What French Excel opens without an import wizard: `;`, UTF-8 with a byte-order mark, CRLF.
        static let frenchSpreadsheet = Dialect(delimiter: ";", byteOrderMark: true)
        /// OpenDataFrance's "CSV de qualité" (SCDL): `,`, UTF-8 without byte-order mark, CRLF.
        static let openData = Dialect(delimiter: ",", byteOrderMark: false)
    }

    static func render(header: [String], rows: [[String]], dialect: Dialect = .frenchSpreadsheet) throws -> Data {
        let writer = try CSVWriter(stream: .toMemory(), delimiter: dialect.delimiter, newline: .crlf)
        try writer.write(row: header.map(SpreadsheetCell.neutralised))
        for row in rows {
            try writer.write(row: row.map(SpreadsheetCell.neutralised))
        }
        writer.stream.close()
        guard let body = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw AppError.unavailable("L'export CSV n'a pas pu être produit.")
        }
        return dialect.byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) + body : body
    }
}
