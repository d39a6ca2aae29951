extension DocumentParser {
    /// Tab-separated and HTML tables: rows of cells whose columns the header rows name.
    enum TabularRows {
        struct Layout {
            var code = 1
            /// Column → year, from the "2022 2023 2024 2025" header row.
            var years: [Int: Int] = [:]
            var staff = 6
            var funders = 7
        }

        static func parse(_ rows: [[String]]) -> [SubActionRow] {
            var layout = Layout()
            var out: [SubActionRow] = []
            for raw in rows {
                let cells = raw.map { Text.trim(HTML.stripTags($0)) }
                let filled = cells.filter { !$0.isEmpty }
                if filled.isEmpty { continue }
                if filled.allSatisfy(SubActionTable.isHeaderCell) { update(&layout, from: cells); continue }
                if cells.count == 1 {
                    // A title cell the OCR wrapped onto a line of its own.
                    if !out.isEmpty { out[out.count - 1].title += " " + cells[0] }
                    continue
                }
                out.append(row(cells, layout))
            }
            return out
        }

        private static func update(_ layout: inout Layout, from cells: [String]) {
            for (i, c) in cells.enumerated() {
                let key = Text.comparisonKey(c)
                if key.hasPrefix("n action") || key == "naction" { layout.code = i }
                else if key == "personnel" { layout.staff = i }
                else if key == "financier" { layout.funders = i }
                else if let year = Int(key), (2000...2100).contains(year) { layout.years[i] = year }
            }
        }

        private static func row(_ cells: [String], _ layout: Layout) -> SubActionRow {
            func cell(_ i: Int) -> String { i < cells.count ? cells[i] : "" }
            var title = cell(0)
            var codeCell = cell(layout.code)
            if codeCell.isEmpty, let i = cells.indices.dropFirst().first(where: { SubActionTable.code(from: cells[$0]) != nil }) {
                codeCell = cells[i]
            }
            var code = SubActionTable.code(from: codeCell)
            if code == nil, let m = title.prefixMatch(of: Patterns.cell),
               let c = SubActionTable.code(from: String(m.1)) {
                code = c
                title = String(title[m.range.upperBound...])
            }
            var years: [Int] = []
            var unplaced = false
            for i in cells.indices where i != 0 && i != layout.code && i != layout.staff && i != layout.funders {
                guard SubActionTable.isMark(cells[i]) else { continue }
                if let y = layout.years[i] { years.append(y) } else { unplaced = true }
            }
            let staff = cell(layout.staff), funders = cell(layout.funders)
            return SubActionRow(code: code, unreadableCode: code == nil && !codeCell.isEmpty ? codeCell : nil,
                                title: title, years: years.sorted(), staff: staff.isEmpty ? nil : staff,
                                funders: funders.isEmpty ? nil : funders, unplacedMarks: unplaced)
        }
    }

    enum HTMLTable {
        /// `<tr><td>…</td></tr>` → rows of cell texts; `colspan` cells are widened so that
        /// columns stay aligned with the header.
        static func rows(_ html: String) -> [[String]] {
            let trs = html.matches(of: Patterns.rows).map { String($0.1) }
            return trs.map(cells)
        }

        private static func cells(_ tr: String) -> [String] {
            var out: [String] = []
            for td in tr.matches(of: Patterns.cells) {
                let attributes = String(td.1)
                let span = attributes.firstMatch(of: Patterns.cells2).flatMap { Int($0.1) } ?? 1
                out.append(Text.collapseSpaces(HTML.stripTags(String(td.2))))
                out += Array(repeating: "", count: max(0, span - 1))
            }
            return out
        }
    }

    /// Tables the OCR flattened to one cell per line (4-1-1, 4-1-2): title, code, then the
    /// means of that row. Empty cells leave no line, so only the codes anchor the rows.
    enum OneCellPerLine {
        static func parse(_ lines: [String]) -> [SubActionRow] {
            var items: [String] = []
            for block in blocks(lines) {
                if block.count > 1, block.contains(where: { SubActionTable.code(from: $0) != nil }) { items += block }
                else { items.append(Text.collapseSpaces(block.joined(separator: " "))) }
            }
            items = items.filter { !SubActionTable.isHeaderCell($0) }
            let marked = items.contains(where: SubActionTable.isMark)
            items = items.filter { !SubActionTable.isMark($0) }
            let codes = items.indices.filter { SubActionTable.code(from: items[$0]) != nil }
            return codes.enumerated().map { (k: Int, ci: Int) -> SubActionRow in
                let title: String = ci > 0 && !codes.contains(ci - 1) ? items[ci - 1] : ""
                let end = k + 1 < codes.count ? codes[k + 1] - 1 : items.count
                let means: [String] = ci + 1 < end ? Array(items[(ci + 1)..<end]) : []
                var staff: String?, funders: String?
                if means.count == 1 { if looksLikeFunders(means[0]) { funders = means[0] } else { staff = means[0] } }
                else if means.count > 1 { staff = means.dropLast().joined(separator: " "); funders = means.last }
                return SubActionRow(code: SubActionTable.code(from: items[ci]), title: title, years: [],
                                    staff: staff, funders: funders, unplacedMarks: marked)
            }
        }

        private static func blocks(_ lines: [String]) -> [[String]] {
            var out: [[String]] = [[]]
            for l in lines.map(Text.trim) {
                if l.isEmpty { if !out[out.count - 1].isEmpty { out.append([]) } } else { out[out.count - 1].append(l) }
            }
            return out.filter { !$0.isEmpty }
        }

        /// A lone means cell: funders are "+"-lists or lists of funding bodies.
        private static func looksLikeFunders(_ s: String) -> Bool {
            if s.contains("+") { return true }
            let names = OrganisationList.split([s]).items
            return !names.isEmpty && names.allSatisfy(OrganisationList.isFundingBody)
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let cell = /\s*(\d+\s*-\s*\d+\s*-\s*\d+\s*-\s*[A-Z])\s+/
    nonisolated(unsafe) static let rows = /<tr[^>]*>(.*?)<\/tr>/.ignoresCase().dotMatchesNewlines()
    nonisolated(unsafe) static let cells = /<t[dh]([^>]*)>(.*?)<\/t[dh]>/.ignoresCase().dotMatchesNewlines()
    nonisolated(unsafe) static let cells2 = /colspan\s*=\s*"?(\d+)/
}
