/// What a printed document is made of, before it is cut into pages.
public enum PrintBlock: Sendable, Equatable {
    /// Level 1 starts a new page; levels 1 and 2 go into the table of contents.
    case heading(String, level: Int)
    case paragraph(String, bold: Bool = false)
    case table(PrintTable)
    case bars(PrintBars)
    case pageBreak
}

/// A table whose header row is repeated on every page it spans.
public struct PrintTable: Sendable, Equatable {
    public var headers: [String]
    /// Share of the text width of each column; they are scaled to sum to 1.
    public var widths: [Double]
    public var rows: [[String]]

    public init(headers: [String], widths: [Double]? = nil, rows: [[String]]) {
        self.headers = headers
        self.widths = widths ?? Array(repeating: 1, count: headers.count)
        self.rows = rows
    }
}

/// A horizontal bar chart drawn with rectangles, never split across pages.
public struct PrintBars: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// 0…1; nil draws an empty track ("non mesurable").
        public var fraction: Double?
        public var value: String
        public init(label: String, fraction: Double?, value: String) {
            self.label = label
            self.fraction = fraction
            self.value = value
        }
    }
    public var title: String
    public var bars: [Bar]
    public init(title: String, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }
}

/// The whole document: a cover, a table of contents built from the body's headings, the body.
public struct PrintDocument: Sendable {
    public var title: String
    /// Printed in every page's header with `date`: "Convention Territoriale Globale — <territory>".
    public var territory: String
    public var date: String
    public var cover: [PrintBlock]
    public var body: [PrintBlock]

    public init(title: String, territory: String, date: String, cover: [PrintBlock], body: [PrintBlock]) {
        self.title = title
        self.territory = territory
        self.date = date
        self.cover = cover
        self.body = body
    }
}
