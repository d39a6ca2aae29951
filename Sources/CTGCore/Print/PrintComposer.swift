/// Cuts blocks into A4 pages: keeps a heading with the start of what follows it,
/// repeats a table's header row on each page, never splits a row that fits on a
/// page nor a chart. Records on which page each heading lands.
struct PrintComposer {
    static let left = 50.0, right = PDFWriter.a4.width - 50, top = PDFWriter.a4.height - 68, bottom = 58.0
    static var width: Double { right - left }
    static let size = 9.5, leading = 12.5, pad = 3.0

    struct Landing: Equatable {
        var text: String
        var level: Int
        var page: Int
        /// Height of the heading's top edge on its page, where a link to it brings the reader.
        var top: Double
    }

    var pages: [[PrintMark]] = [[]]
    var y = top
    var landings: [Landing] = []
    var atTop: Bool { y == Self.top }

    mutating func newPage() {
        pages.append([])
        y = Self.top
    }

    mutating func draw(_ mark: PrintMark) { pages[pages.count - 1].append(mark) }

    /// Moves to a new page unless `height` still fits (or the page is empty: nothing better exists).
    mutating func ensure(_ height: Double) {
        if y - height < Self.bottom && !atTop { newPage() }
    }

    mutating func compose(_ blocks: [PrintBlock]) {
        for (index, block) in blocks.enumerated() {
            switch block {
            case .pageBreak:
                if !atTop { newPage() }
            case let .heading(text, level):
                if level == 1 && !atTop { newPage() }
                let next = blocks[(index + 1)...].first { $0 != .pageBreak }
                heading(text, level: level, keepWith: next.map(leadHeight) ?? 0)
            case let .paragraph(text, bold):
                paragraph(text, bold: bold, size: Self.size)
            case let .table(table):
                self.table(table)
            case let .bars(bars):
                self.bars(bars)
            }
        }
    }

    static func headingSize(_ level: Int) -> Double { level == 1 ? 16 : level == 2 ? 12.5 : 10.5 }

    mutating func heading(_ text: String, level: Int, keepWith next: Double) {
        let size = Self.headingSize(level)
        let lines = TextWrap.lines(text, width: Self.width, bold: true, size: size)
        let before = atTop ? 0 : size * 0.8
        let height = before + Double(lines.count) * size * 1.25 + 3
        ensure(height + next)
        if !atTop { y -= before }
        landings.append(Landing(text: text, level: level, page: pages.count - 1, top: y))
        for line in lines {
            draw(.text(x: Self.left, y: y - size, line, bold: true, size: size))
            y -= size * 1.25
        }
        y -= 3
    }

    mutating func paragraph(_ text: String, bold: Bool, size: Double, indent: Double = 0) {
        for line in TextWrap.lines(text, width: Self.width - indent, bold: bold, size: size) {
            ensure(Self.leading)
            draw(.text(x: Self.left + indent, y: y - size, line, bold: bold, size: size))
            y -= Self.leading
        }
        y -= 4
    }

    /// The least of `block` that must share the page with a heading placed just before it.
    func leadHeight(_ block: PrintBlock) -> Double {
        switch block {
        case .pageBreak: return 0
        case let .heading(text, level):
            let size = Self.headingSize(level)
            return Double(TextWrap.lines(text, width: Self.width, bold: true, size: size).count) * size * 1.25 + size + Self.leading
        case .paragraph: return Self.leading
        case let .table(table):
            let layout = TableLayout(table)
            return layout.headerHeight + (layout.rows.first.map { layout.height(of: $0) } ?? 0)
        case let .bars(bars): return BarsLayout(bars).height
        }
    }
}
