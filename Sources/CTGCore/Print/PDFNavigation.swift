/// What lets a reader move around a PDF instead of scrolling: links on the contents
/// page (ISO 32000-1 §12.5.6.5) and the outline a viewer shows as bookmarks in its
/// sidebar (§12.3.3), both aiming at explicit destinations (§12.3.2.2).
public struct PDFDestination: Equatable, Sendable {
    /// 0-based index of the page.
    public var page: Int
    /// Height, in points from the page's bottom edge, to bring to the top of the window.
    public var top: Double
    public init(page: Int, top: Double) {
        self.page = page
        self.top = top
    }
}

/// A clickable rectangle of a page, `x1 y1` its lower-left corner, `x2 y2` its upper-right.
public struct PDFLink: Equatable, Sendable {
    public var page: Int
    public var x1: Double, y1: Double, x2: Double, y2: Double
    public var target: PDFDestination
    public init(page: Int, x1: Double, y1: Double, x2: Double, y2: Double, target: PDFDestination) {
        (self.page, self.x1, self.y1, self.x2, self.y2, self.target) = (page, x1, y1, x2, y2, target)
    }
}

/// One bookmark; an entry nests under the closest earlier one of a smaller level.
public struct PDFOutlineEntry: Equatable, Sendable {
    public var title: String
    public var level: Int
    public var target: PDFDestination
    public init(title: String, level: Int, target: PDFDestination) {
        (self.title, self.level, self.target) = (title, level, target)
    }
}

public struct PDFNavigation: Equatable, Sendable {
    public var links: [PDFLink]
    public var outline: [PDFOutlineEntry]
    public init(links: [PDFLink] = [], outline: [PDFOutlineEntry] = []) {
        self.links = links
        self.outline = outline
    }

    /// The outline as objects numbered from `root` (the /Outlines dictionary) on, one per entry in order.
    /// `page` gives a page's object number. Every entry is open, so each /Count is its number of descendants.
    func outlineObjects(root: Int, page: (Int) -> Int) -> [String] {
        let parents = outline.indices.map { index in
            outline[..<index].lastIndex { $0.level < outline[index].level }
        }
        func children(of parent: Int?) -> [Int] { outline.indices.filter { parents[$0] == parent } }
        func descendants(of index: Int) -> Int { children(of: index).map { 1 + descendants(of: $0) }.reduce(0, +) }
        func number(_ index: Int) -> Int { root + 1 + index }
        func firstLast(_ kids: [Int]) -> String {
            guard let first = kids.first, let last = kids.last else { return "" }
            return " /First \(number(first)) 0 R /Last \(number(last)) 0 R"
        }
        let top = children(of: nil)
        var objects = ["<< /Type /Outlines\(firstLast(top)) /Count \(outline.count) >>"]
        for index in outline.indices {
            let siblings = children(of: parents[index])
            let position = siblings.firstIndex(of: index)!
            var body = "<< /Title \(PDFWriter.textString(outline[index].title)) /Parent \(parents[index].map(number) ?? root) 0 R"
            if position > 0 { body += " /Prev \(number(siblings[position - 1])) 0 R" }
            if position + 1 < siblings.count { body += " /Next \(number(siblings[position + 1])) 0 R" }
            let kids = children(of: index)
            if !kids.isEmpty { body += firstLast(kids) + " /Count \(descendants(of: index))" }
            objects.append(body + " /Dest \(Self.destination(outline[index].target, page: page)) >>")
        }
        return objects
    }

    func linkObject(_ link: PDFLink, page: (Int) -> Int) -> String {
        let rect = [link.x1, link.y1, link.x2, link.y2].map(PDFWriter.number).joined(separator: " ")
        return "<< /Type /Annot /Subtype /Link /Rect [\(rect)] /Border [0 0 0] /Dest \(Self.destination(link.target, page: page)) >>"
    }

    /// [page /XYZ left top zoom]: a null zoom keeps the reader's own.
    static func destination(_ target: PDFDestination, page: (Int) -> Int) -> String {
        "[\(page(target.page)) 0 R /XYZ 0 \(PDFWriter.number(target.top)) null]"
    }
}
