import Foundation
import XMLCoder
import ZIPFoundation

/// Writes one table as an XLSX workbook of one sheet: a header row in bold, then
/// text cells (inline strings, so no cell is ever read back as a number or a date).
/// The parts that carry data are encoded with XMLCoder; the fixed ones are constants.
public enum WorkbookWriter {
    public static func write(sheetName: String, header: [String], rows: [[String]], widths: [Int] = []) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try add(WorkbookConstants.contentTypes, at: "[Content_Types].xml", to: archive)
        try add(WorkbookConstants.packageRelationships, at: "_rels/.rels", to: archive)
        try add(WorkbookConstants.workbookRelationships, at: "xl/_rels/workbook.xml.rels", to: archive)
        try add(WorkbookConstants.styles, at: "xl/styles.xml", to: archive)
        let book = WorkbookXML(sheets: .init(sheet: [.init(name: String(clean(sheetName).prefix(31)), sheetId: 1, id: "rId1")]))
        try add(encode(book, root: "workbook", attributes: WorkbookConstants.workbookNamespaces), at: "xl/workbook.xml", to: archive)
        let sheetRows = ([header] + rows).enumerated().map { index, cells in
            SheetXML.Row(r: index + 1, c: cells.enumerated().compactMap { column, text in
                text.isEmpty ? nil : SheetXML.Cell(r: reference(column: column, row: index + 1), s: index == 0 ? 1 : nil,
                                                    inline: .init(t: .init(value: clean(text))))
            })
        }
        let columns = widths.isEmpty ? nil : SheetXML.Columns(col: widths.enumerated().map { .init(min: $0 + 1, max: $0 + 1, width: $1) })
        let lastCell = reference(column: max(0, header.count - 1), row: sheetRows.count)
        let sheet = SheetXML(cols: columns, sheetData: .init(row: sheetRows), autoFilter: header.isEmpty ? nil : .init(ref: "A1:" + lastCell))
        try add(encode(sheet, root: "worksheet", attributes: ["xmlns": WorkbookConstants.mainNamespace]),
                at: "xl/worksheets/sheet1.xml", to: archive)
        guard let data = archive.data else { throw WorkbookError("Le classeur XLSX n'a pas pu être produit.") }
        return data
    }

    static func encode<Value: Encodable>(_ value: Value, root: String, attributes: [String: String]) throws -> Data {
        let encoder = XMLEncoder()
        return try encoder.encode(value, withRootKey: root, rootAttributes: attributes,
                                  header: XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes"))
    }

    static func add(_ text: String, at path: String, to archive: Archive) throws {
        try add(Data(text.utf8), at: path, to: archive)
    }

    static func add(_ data: Data, at path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Column 0, row 1 → "A1"; column 27 → "AB".
    static func reference(column: Int, row: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row)
    }

    /// XML 1.0 cannot carry most control characters, and a cell holds at most 32,767 characters.
    static func clean(_ text: String) -> String {
        let allowed = text.unicodeScalars.filter { scalar in
            scalar.value >= 0x20 ? scalar.value != 0xFFFE && scalar.value != 0xFFFF : [0x09, 0x0A, 0x0D].contains(scalar.value)
        }
        return String(String(String.UnicodeScalarView(allowed)).prefix(32_767))
    }
}
