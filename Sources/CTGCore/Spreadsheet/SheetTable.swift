import Foundation

/// One worksheet as its cells' stored values, whatever file it came from (XLSX or CSV).
///
/// Values are kept as the spreadsheet stores them: a number stays the text of the
/// stored number ("2023", "45292" for a date cell, whose display format is only a
/// style), so the plan's reader decides what a number means in each column instead of
/// a file reader guessing.
public enum SheetValue: Equatable, Sendable {
    /// A shared string, an inline string, a formula's text result or a CSV field.
    case text(String)
    /// The stored number, as written in the file ("2023", "1.5", "45292").
    case number(String)
    case boolean(Bool)
    /// A formula error such as "#REF!".
    case error(String)

    /// The value as a person reads it in the cell (booleans as the French spreadsheet shows them).
    public var text: String {
        switch self {
        case .text(let value), .number(let value), .error(let value): return value
        case .boolean(let value): return value ? "VRAI" : "FAUX"
        }
    }
}

/// A row with the number the spreadsheet shows beside it (1 for the header), so an
/// error names the line a person sees, even when empty rows were skipped in the file.
public struct SheetRow: Equatable, Sendable {
    public var number: Int
    /// By column, from column A; `nil` for an empty cell.
    public var cells: [SheetValue?]

    public init(number: Int, cells: [SheetValue?]) {
        self.number = number
        self.cells = cells
    }

    public subscript(column: Int) -> SheetValue? {
        column < cells.count ? cells[column] : nil
    }

    public var isBlank: Bool {
        cells.allSatisfy { $0 == nil || $0?.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true }
    }
}

public struct SheetTable: Equatable, Sendable {
    public var rows: [SheetRow]

    public init(rows: [SheetRow]) { self.rows = rows }

    /// Rows of plain text cells, numbered from 1: the shape of a CSV file and of an export.
    public init(textRows: [[String]]) {
        rows = textRows.enumerated().map { index, cells in
            SheetRow(number: index + 1, cells: cells.map { $0.isEmpty ? nil : .text($0) })
        }
    }
}

/// One thing wrong in a file, placed where a person will look for it.
public struct SheetProblem: Equatable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var column: String?
    public var message: String

    public init(line: Int?, column: String? = nil, _ message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// « ligne 12, colonne « Code sous-action » : « 1-2-x » n'est pas un code de sous-action »
    public var description: String {
        switch (line, column) {
        case let (line?, column?): return "ligne \(line), colonne « \(column) » : \(message)"
        case let (line?, nil): return "ligne \(line) : \(message)"
        case let (nil, column?): return "colonne « \(column) » : \(message)"
        case (nil, nil): return message
        }
    }
}
