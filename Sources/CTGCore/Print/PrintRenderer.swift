/// Renders a `PrintDocument` to PDF with a table of contents whose page numbers
/// are exact, in two passes: the body is laid out alone first to learn where each
/// heading lands; the contents' own length does not depend on the numbers (they sit
/// in a fixed right column), so the cover and contents page counts are then known
/// and every number is the heading's final page.
public enum PrintRenderer {
    public struct TocLine: Equatable, Sendable {
        public var label: String
        public var level: Int
        public var page: Int
    }
    public struct Output: Sendable {
        public var pdf: [UInt8]
        public var pageCount: Int
        public var toc: [TocLine]
    }

    public static let tocTitle = "Sommaire"

    public static func render(_ document: PrintDocument) -> Output {
        var body = PrintComposer()
        body.compose(document.body)
        var cover = PrintComposer()
        cover.compose(document.cover)
        let coverPages = document.cover.isEmpty ? [] : cover.pages
        let entries = body.landings.filter { $0.level <= 2 }
        let draft = contents(entries.map { TocLine(label: $0.text, level: $0.level, page: 0) })
        let offset = coverPages.count + draft.composer.pages.count
        let toc = entries.map { TocLine(label: $0.text, level: $0.level, page: $0.page + offset + 1) }
        let numbered = contents(toc)
        let pages = coverPages + numbered.composer.pages + body.pages
        // Each contents line and each bookmark leads a little above its heading, so the heading shows whole.
        let targets = entries.map { PDFDestination(page: offset + $0.page, top: min($0.top + 6, PDFWriter.a4.height)) }
        let navigation = PDFNavigation(
            links: zip(numbered.areas, targets).map { area, target in
                PDFLink(page: coverPages.count + area.page, x1: area.x1, y1: area.y1, x2: PrintComposer.right, y2: area.y2, target: target)
            },
            outline: zip(entries, targets).map { PDFOutlineEntry(title: $0.text, level: $0.level, target: $1) })
        let marked = pages.enumerated().map { index, marks in
            marks + frame(document, page: index + 1, of: pages.count)
        }
        return Output(pdf: PDFWriter.document(pages: marked, title: document.title, navigation: navigation), pageCount: pages.count, toc: toc)
    }

    /// Where a contents line was drawn: its page among the contents pages, its left edge, bottom and top.
    struct Area {
        var page: Int
        var x1: Double, y1: Double, y2: Double
    }

    /// The contents pages: each entry's label wrapped left of a fixed column holding its page number.
    static func contents(_ lines: [TocLine]) -> (composer: PrintComposer, areas: [Area]) {
        var areas: [Area] = []
        var composer = PrintComposer()
        composer.heading(tocTitle, level: 1, keepWith: 0)
        let numberColumn = 40.0
        for line in lines {
            let indent = line.level == 1 ? 0 : 16.0
            let bold = line.level == 1
            let wrapped = TextWrap.lines(line.label, width: PrintComposer.width - indent - numberColumn, bold: bold, size: PrintComposer.size)
            composer.ensure(Double(wrapped.count) * PrintComposer.leading + 3)
            let top = composer.y
            let number = String(line.page)
            let numberWidth = HelveticaMetrics.width(number, bold: bold, size: PrintComposer.size)
            composer.draw(.text(x: PrintComposer.right - numberWidth, y: composer.y - PrintComposer.size, number,
                                bold: bold, size: PrintComposer.size))
            for text in wrapped {
                composer.draw(.text(x: PrintComposer.left + indent, y: composer.y - PrintComposer.size, text,
                                    bold: bold, size: PrintComposer.size))
                composer.y -= PrintComposer.leading
            }
            areas.append(Area(page: composer.pages.count - 1, x1: PrintComposer.left + indent, y1: composer.y - 2, y2: top))
            composer.y -= 3
        }
        return (composer, areas)
    }

    /// Header (CTG, territory, date) and footer (title, "page n / N") of one page.
    static func frame(_ document: PrintDocument, page: Int, of total: Int) -> [PrintMark] {
        let size = 8.0
        let headerY = PDFWriter.a4.height - 40, footerY = 32.0
        let header = "Convention Territoriale Globale — \(document.territory)"
        let pageText = "page \(page) / \(total)"
        let date = document.date
        return [
            .text(x: PrintComposer.left, y: headerY, header, bold: false, size: size),
            .text(x: PrintComposer.right - HelveticaMetrics.width(date, bold: false, size: size), y: headerY, date, bold: false, size: size),
            .rule(x1: PrintComposer.left, y1: headerY - 6, x2: PrintComposer.right, y2: headerY - 6, width: 0.5),
            .rule(x1: PrintComposer.left, y1: footerY + 12, x2: PrintComposer.right, y2: footerY + 12, width: 0.5),
            .text(x: PrintComposer.left, y: footerY, document.title, bold: false, size: size),
            .text(x: PrintComposer.right - HelveticaMetrics.width(pageText, bold: false, size: size), y: footerY, pageText,
                  bold: false, size: size),
        ]
    }
}
