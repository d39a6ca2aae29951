/// A table's cells wrapped to their column widths.
struct TableLayout {
    var columns: [Double]
    var header: [[String]]
    var rows: [[[String]]]
    /// A table of facts (label, value) has no header row to draw or repeat.
    var hasHeader: Bool

    init(_ table: PrintTable) {
        hasHeader = table.headers.contains { !$0.isEmpty }
        let total = table.widths.reduce(0, +)
        columns = table.widths.map { PrintComposer.width * $0 / (total > 0 ? total : 1) }
        let columns = columns
        func wrap(_ cells: [String], bold: Bool) -> [[String]] {
            columns.indices.map { index in
                TextWrap.lines(index < cells.count ? cells[index] : "", width: columns[index] - 2 * PrintComposer.pad,
                               bold: bold, size: PrintComposer.size)
            }
        }
        header = wrap(table.headers, bold: true)
        rows = table.rows.map { wrap($0, bold: false) }
    }

    func height(of row: [[String]]) -> Double {
        Double(row.map(\.count).max() ?? 1) * PrintComposer.leading + 2 * PrintComposer.pad
    }

    var headerHeight: Double { hasHeader ? height(of: header) : 0 }
}

extension PrintComposer {
    mutating func table(_ table: PrintTable) {
        let layout = TableLayout(table)
        let headerHeight = layout.headerHeight
        ensure(headerHeight + (layout.rows.first.map { layout.height(of: $0) } ?? 0))
        header(layout)
        for cells in layout.rows {
            var remaining = cells
            while true {
                let height = layout.height(of: remaining)
                let fitsOnEmptyPage = height <= Self.top - Self.bottom - headerHeight
                if y - height < Self.bottom && (fitsOnEmptyPage || y - Self.bottom < Self.leading + 2 * Self.pad) {
                    newPage()
                    header(layout)
                    continue
                }
                // Only a row taller than a whole page is cut, at a line boundary.
                let room = max(1, Int((y - Self.bottom - 2 * Self.pad) / Self.leading))
                row(remaining.map { Array($0.prefix(room)) }, layout: layout, bold: false)
                remaining = remaining.map { Array($0.dropFirst(room)) }
                if remaining.allSatisfy(\.isEmpty) { break }
                newPage()
                header(layout)
            }
        }
        y -= 6
    }

    private mutating func header(_ layout: TableLayout) {
        if layout.hasHeader { row(layout.header, layout: layout, bold: true) }
    }

    private mutating func row(_ cells: [[String]], layout: TableLayout, bold: Bool) {
        let height = layout.height(of: cells)
        if bold { draw(.box(x: Self.left, y: y - height, width: Self.width, height: height, gray: 0.9)) }
        var x = Self.left
        for (index, lines) in cells.enumerated() {
            for (number, line) in lines.enumerated() where !line.isEmpty {
                let baseline = y - Self.pad - Self.size - Double(number) * Self.leading + 1
                draw(.text(x: x + Self.pad, y: baseline, line, bold: bold, size: Self.size))
            }
            x += layout.columns[index]
        }
        y -= height
        draw(.rule(x1: Self.left, y1: y, x2: Self.right, y2: y, width: 0.4))
    }
}
