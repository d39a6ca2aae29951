extension DocumentParser {
    /// One row of a fiche's "Actions / N°action / Calendrier / Moyens à mobiliser" table.
    struct SubActionRow: Equatable {
        var code: String?
        /// The code cell as written when it could not be read as a code.
        var unreadableCode: String?
        var title: String
        var years: [Int]
        var staff: String?
        var funders: String?
        /// Calendar cells ticked in a layout where the year of each cell is unknown.
        var unplacedMarks = false
    }

    /// Reads the sous-action table, whichever of the three shapes the OCR produced:
    /// tab-separated rows, HTML `<tr><td>` rows, or one cell per line.
    enum SubActionTable {
        static let headerWords: Set<String> = ["actions", "action", "calendrier", "moyens a mobiliser", "personnel",
                                               "financier", "naction", "n action", "no action", "intitule"]

        /// Whether a line opens the table (its header, or a first row).
        static func isStart(_ line: String) -> Bool {
            let cells = line.components(separatedBy: "\t").map { Text.comparisonKey($0) }
            if cells.contains(where: { $0 == "actions" || $0 == "calendrier" || $0.hasPrefix("n action") || $0 == "naction" }) {
                return true
            }
            let lower = line.lowercased()
            if lower.contains("<table") || lower.contains("<tr") { return true }
            return line.contains("\t") && line.components(separatedBy: "\t").contains { code(from: $0) != nil }
        }

        static func isHeaderCell(_ cell: String) -> Bool {
            let key = Text.comparisonKey(cell)
            return headerWords.contains(key) || key.hasPrefix("n action") || key.hasPrefix("moyens")
                || key.wholeMatch(of: Patterns.isHeaderCell) != nil
        }

        static func parse(_ lines: [String]) -> [SubActionRow] {
            let joined = lines.joined(separator: "\n")
            if joined.lowercased().contains("<tr") { return TabularRows.parse(HTMLTable.rows(joined)) }
            if lines.contains(where: { $0.contains("\t") }) {
                return TabularRows.parse(lines.map { $0.contains("\t") ? $0.components(separatedBy: "\t") : [$0] })
            }
            return OneCellPerLine.parse(lines)
        }

        /// "2-1-3 -B" → "2-1-3-B"; nil when the cell is not a sous-action number.
        static func code(from cell: String) -> String? {
            let compact = cell.filter { !$0.isWhitespace }
            guard let m = compact.wholeMatch(of: Patterns.code) else { return nil }
            return "\(m.1)-\(m.2)-\(m.3)-\(m.4.uppercased())"
        }

        static func isMark(_ cell: String) -> Bool {
            ["x", "✓", "✔", "☑", "oui", "•"].contains(Text.trim(cell).lowercased())
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let isHeaderCell = /20\d\d/
    nonisolated(unsafe) static let code = /(\d+)-(\d+)-(\d+)-?([A-Za-z])/
}
