import CTGCore
import Foundation
import XMLCoder
import ZIPFoundation

/// Reads the first worksheet of an XLSX file (Office Open XML, as Excel, LibreOffice
/// or openpyxl write it) into a `SheetTable`: shared and inline strings, numbers as
/// stored, booleans, formula results. A file that is not one is refused in French.
public enum WorkbookReader {
    /// No part of a plan's workbook comes near this once unzipped; a "ZIP bomb" does.
    static let maxPartBytes = 50 * 1024 * 1024
    /// Columns past this are ignored: a plan has eleven, and a cell in column XFD
    /// must not make every row sixteen thousand cells long.
    static let maxColumns = 256

    public static func read(_ data: Data) throws -> SheetTable {
        guard !data.isEmpty else { throw WorkbookError("Le fichier est vide (0 octet) : ce n'est pas un classeur XLSX.") }
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw WorkbookError.notAWorkbook }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw WorkbookError.damaged("son archive ZIP est illisible") }
        let parts = Parts(archive: archive)
        let workbook = try parts.decode(WorkbookPart.Workbook.self, at: "xl/workbook.xml")
        let relationships = try parts.decodeIfPresent(WorkbookPart.Relationships.self, at: "xl/_rels/workbook.xml.rels")?
            .Relationship ?? []
        guard let first = workbook.sheets.sheet.first else { throw WorkbookError.damaged("il n'a aucune feuille") }
        let sheetPath = relationships.first { $0.Id == first.id }.map { path($0.Target) } ?? "xl/worksheets/sheet1.xml"
        let stringsPath = relationships.first { $0.Type.hasSuffix("/sharedStrings") }.map { path($0.Target) }
            ?? "xl/sharedStrings.xml"
        let strings = try parts.decodeIfPresent(WorkbookPart.SharedStrings.self, at: stringsPath)?.si?.map(\.plain) ?? []
        let sheet = try parts.decode(WorkbookPart.Worksheet.self, at: sheetPath)
        return try table(sheet, strings: strings)
    }

    /// A relationship's target, relative to `xl/` unless it starts at the root.
    static func path(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    static func table(_ sheet: WorkbookPart.Worksheet, strings: [String]) throws -> SheetTable {
        var rows: [SheetRow] = []
        var rowNumber = 0
        for row in sheet.sheetData.row ?? [] {
            rowNumber = row.r ?? rowNumber + 1
            var cells: [SheetValue?] = []
            var column = -1
            for cell in row.c ?? [] {
                column = cell.r.flatMap(columnIndex) ?? column + 1
                guard column < maxColumns else { continue }
                if cells.count <= column { cells += Array(repeating: nil, count: column + 1 - cells.count) }
                cells[column] = try value(cell, strings: strings)
            }
            rows.append(SheetRow(number: rowNumber, cells: cells))
        }
        return SheetTable(rows: rows)
    }

    static func value(_ cell: WorkbookPart.Cell, strings: [String]) throws -> SheetValue? {
        let stored = cell.v?.value
        switch cell.t {
        case "s":
            guard let index = stored.flatMap(Int.init), strings.indices.contains(index) else {
                throw WorkbookError.damaged("la cellule \(cell.r ?? "") renvoie à un texte partagé absent")
            }
            return .text(strings[index])
        case "inlineStr": return cell.inline.map { .text($0.plain) }
        case "str", "d": return stored.map { .text($0) }
        case "b": return stored.map { .boolean($0 == "1") }
        case "e": return stored.map { .error($0) }
        default:
            // A formula saved without its result (openpyxl does so) has no value to import.
            if stored == nil, let formula = cell.f?.value, !formula.isEmpty { return .error("=" + formula) }
            return stored.flatMap { $0.isEmpty ? nil : .number($0) }
        }
    }

    /// "C12" → 2; nil when the reference has no letters.
    static func columnIndex(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }.uppercased()
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        return letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }
}
