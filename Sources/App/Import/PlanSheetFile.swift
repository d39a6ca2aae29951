import CSV
import CTGCore
import Foundation
import Workbook

/// An uploaded or named plan spreadsheet → its table. XLSX is recognised by its
/// content (a ZIP archive), CSV by its name or by being text; anything else (a PDF,
/// an old .xls, an .ods) is refused in French before any reading.
enum PlanSheetFile {
    enum Format: String {
        case xlsx, csv
    }

    static func table(_ data: Data, filename: String) throws -> SheetTable {
        let lowered = filename.lowercased()
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") {
            do { return try WorkbookReader.read(data) } catch let error as WorkbookError { throw AppError.invalidInput(error.message) }
        }
        guard lowered.hasSuffix(".csv") || lowered.hasSuffix(".txt") || lowered.isEmpty else {
            throw AppError.invalidInput("« \(filename) » n'est ni un classeur XLSX ni un fichier CSV : "
                + "enregistrez le plan au format Excel (.xlsx) ou CSV, puis importez-le.")
        }
        guard !data.isEmpty else { throw AppError.invalidInput("Le fichier est vide (0 octet).") }
        let text: String
        do { text = try DocumentEncoding.decode(data).text } catch {
            throw AppError.invalidInput("« \(filename) » n'est pas un fichier CSV lisible : \(error.description)")
        }
        return try csvTable(text)
    }

    /// `;`, `,` or tab, whichever the header line uses (French Excel writes `;`).
    static func csvTable(_ text: String) throws -> SheetTable {
        let headerLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let delimiter: UnicodeScalar = headerLine.contains(";") ? ";" : headerLine.contains("\t") ? "\t" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw AppError.invalidInput("Le fichier CSV est illisible : un guillemet n'est pas refermé ou une ligne est coupée.")
        }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        if let error = reader.error {
            throw AppError.invalidInput("Le fichier CSV est illisible après la ligne \(rows.count) : \(error).")
        }
        return SheetTable(textRows: rows)
    }
}
