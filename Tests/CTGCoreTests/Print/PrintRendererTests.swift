import Foundation
import Testing
@testable import CTGCore

@Suite("Impression — PDF avec sommaire paginé")
struct PrintRendererTests {
    static let bodyTop = 841.89 - 50, bodyBottom = 45.0 // header and footer lie outside these

    /// Body marks of a page: the header and the footer removed.
    static func body(_ page: PDFReader.Page) -> [PDFReader.Text] {
        page.texts.filter { $0.y < bodyTop && $0.y > bodyBottom }
    }

    @Test func everyTableOfContentsNumberIsTheHeadingsPage() throws {
        let output = PrintRenderer.render(PrintFixture.document())
        let pdf = try PDFReader(output.pdf)
        #expect(pdf.pages.count == pdf.pageObjectCount)
        #expect(pdf.pages.count > 10)
        let tocPages = pdf.pages.indices.filter { pdf.pages[$0].strings.contains("Sommaire") }
        #expect(tocPages.first == 1) // after the one-page cover
        var checked = 0
        for section in 1...7 {
            for label in ["Axe \(section) — Vallée des Chênes \(section)"] + (1...(section % 3 + 2)).map({ "Fiche \(section)-\($0) : maison des familles" }) {
                let tocPage = try #require(tocPages.first { index in pdf.pages[index].strings.contains(label) }, "\(label) absent du sommaire")
                let mark = try #require(pdf.pages[tocPage].texts.first { $0.string == label })
                let number = try #require(pdf.pages[tocPage].texts.first { $0.y == mark.y && Int($0.string) != nil })
                let landing = try #require(pdf.pages.indices.first { !tocPages.contains($0) && $0 > 0 && pdf.pages[$0].strings.contains(label) })
                #expect(Int(number.string) == landing + 1, "\(label)")
                checked += 1
            }
        }
        #expect(checked == 28) // 7 axes and 3+4+2+3+4+2+3 fiches
    }

    @Test func everyPageSaysPageNOfNWithTerritoryAndDate() throws {
        let pdf = try PDFReader(PrintRenderer.render(PrintFixture.document(sections: 3)).pdf)
        for (index, page) in pdf.pages.enumerated() {
            #expect(page.strings.contains("page \(index + 1) / \(pdf.pages.count)"))
            #expect(page.strings.contains("Convention Territoriale Globale — Communauté de communes des Trois Rivières"))
            #expect(page.strings.contains("12 mars 2032"))
        }
    }

    @Test func noHeadingIsTheLastThingOnAPage() throws {
        let pdf = try PDFReader(PrintRenderer.render(PrintFixture.document(sections: 9)).pdf)
        var headingsSeen = 0
        for page in pdf.pages {
            let marks = Self.body(page)
            headingsSeen += marks.filter { $0.size > 10 }.count
            guard let lowest = marks.min(by: { $0.y < $1.y }) else { continue }
            #expect(lowest.size <= 10, "« \(lowest.string) » termine une page")
        }
        #expect(headingsSeen > 30)
    }

    @Test func linesNeverPassTheRightMargin() throws {
        let long = "anticonstitutionnellement " + String(repeating: "é", count: 200) + " " + PrintFixture.text(300, seed: 2)
        for width in [40.0, 120.0, 495.28] {
            for bold in [false, true] {
                let lines = TextWrap.lines(long, width: width, bold: bold, size: 9.5)
                #expect(lines.count > 1)
                #expect(lines.allSatisfy { HelveticaMetrics.width($0, bold: bold, size: 9.5) <= width })
                #expect(lines.joined().filter { $0 != " " } == long.filter { $0 != " " }) // nothing dropped
            }
        }
        // In the file: "é" is 556/1000 em; 200 of them at 9.5 pt cannot sit on one line of 495 pt.
        let pdf = try PDFReader(PrintRenderer.render(PrintDocument(title: "T", territory: "X", date: "d", cover: [],
                                                                  body: [.paragraph(long)])).pdf)
        let runs = pdf.pages[1].strings.map { $0.prefix { $0 == "é" }.count }.filter { $0 > 0 }
        #expect(runs.reduce(0, +) == 200)
        #expect(runs.count == 3)
        #expect(runs.allSatisfy { Double($0) * 556 * 9.5 / 1000 <= 495.28 })
    }
}
