import Foundation
import Testing
@testable import CTGCore

@Suite("Impression — sommaire cliquable et signets")
struct PrintNavigationTests {
    /// Cover on page 0, contents on page 1, then the body: the expected pages below follow
    /// from the level-1 headings (each opens a page) and the explicit page breaks.
    static let document = PrintDocument(
        title: "Bilan annuel 2031", territory: "Syndicat des Hautes Fagnes", date: "3 avril 2032",
        cover: [.heading("Bilan annuel 2031", level: 1)],
        body: [
            .heading("Premier axe", level: 1), .paragraph("Un."), .heading("Sous-partie A", level: 2), .paragraph("Deux."),
            .pageBreak, .paragraph("Trois."), .pageBreak, .heading("Sous-partie B", level: 2), .paragraph("Quatre."),
            .heading("Deuxième axe — « été »", level: 1), .paragraph("Cinq."),
            .heading("Troisième axe", level: 1), .heading("Sous-partie C", level: 2), .paragraph("Six."),
        ])
    static let expected: [(title: String, level: Int, page: Int)] = [
        ("Premier axe", 1, 2), ("Sous-partie A", 2, 2), ("Sous-partie B", 2, 4),
        ("Deuxième axe — « été »", 1, 5), ("Troisième axe", 1, 6), ("Sous-partie C", 2, 6),
    ]

    @Test func eachContentsLineLinksToItsHeadingsPageAndHeight() throws {
        let pdf = try PDFReader(PrintRenderer.render(Self.document).pdf)
        #expect(pdf.pages.count == 7)
        let contents = pdf.pages[1]
        #expect(contents.links.count == Self.expected.count)
        #expect(pdf.pages.indices.filter { $0 != 1 }.allSatisfy { pdf.pages[$0].links.isEmpty })
        for entry in Self.expected {
            let label = try #require(contents.texts.first { $0.string == entry.title }, "\(entry.title)")
            let link = try #require(contents.links.first { link in
                link.rect[0] <= label.x && label.x < link.rect[2] && link.rect[1] <= label.y && label.y < link.rect[3]
            }, "pas de lien sur « \(entry.title) »")
            #expect(link.target.page == entry.page, "\(entry.title)")
            // The number at the right end of the line is inside the clickable area too.
            let number = try #require(contents.texts.first { $0.y == label.y && $0.string == String(entry.page + 1) })
            #expect(number.x > link.rect[0] && number.x < link.rect[2])
            // The destination's top is just above the heading as drawn on that page.
            let heading = try #require(pdf.pages[entry.page].texts.first { $0.string == entry.title && $0.size >= 12.5 })
            #expect(link.target.top > heading.y + heading.size * 0.7 && link.target.top < heading.y + 40, "\(entry.title)")
        }
    }

    @Test func theOutlineListsTheSameSectionsNested() throws {
        let output = PrintRenderer.render(Self.document)
        let pdf = try PDFReader(output.pdf)
        #expect(pdf.outline.map(\.title) == Self.expected.map(\.title))
        #expect(pdf.outline.map(\.level) == Self.expected.map(\.level))
        #expect(pdf.outline.map(\.target.page) == Self.expected.map(\.page))
        #expect(pdf.outline.map(\.target) == pdf.pages[1].links.map(\.target))
        let text = String(decoding: output.pdf, as: UTF8.self)
        #expect(text.contains("/PageMode /UseOutlines"))
        // Objects 1–5 fixed, 6–19 seven pages and their contents, 20–25 the links, 26 the root, 27–32 the entries.
        #expect(text.contains("26 0 obj\n<< /Type /Outlines /First 27 0 R /Last 31 0 R /Count 6 >>"))
    }

    @Test func aLongContentsHasLinksOnEachOfItsPages() throws {
        let body = (1...70).flatMap { [PrintBlock.heading("Section \($0)", level: 1), .paragraph("Texte \($0).")] }
        let pdf = try PDFReader(PrintRenderer.render(PrintDocument(title: "T", territory: "X", date: "d", cover: [.paragraph("Titre")],
                                                                  body: body)).pdf)
        #expect(pdf.pages[1].strings.contains("Section 1") && pdf.pages[2].strings.contains("Section 70"))
        #expect(pdf.pages[1].links.count + pdf.pages[2].links.count == 70)
        for section in 1...70 {
            let page = try #require([1, 2].first { pdf.pages[$0].strings.contains("Section \(section)") })
            let label = try #require(pdf.pages[page].texts.first { $0.string == "Section \(section)" })
            let link = try #require(pdf.pages[page].links.first { $0.rect[1] <= label.y && label.y < $0.rect[3] })
            #expect(link.target.page == 2 + section) // cover, two contents pages, one page per section
        }
    }

    @Test func anEntryNestsUnderTheClosestEarlierSmallerLevel() throws {
        let target = PDFDestination(page: 0, top: 800)
        let outline = [("a", 2), ("b", 1), ("c", 2), ("d", 3), ("e", 2), ("f", 1)].map { PDFOutlineEntry(title: $0.0, level: $0.1, target: target) }
        let pdf = try PDFReader(PDFWriter.document(pages: [[]], title: "T", navigation: PDFNavigation(outline: outline)))
        #expect(pdf.outline.map(\.title) == ["a", "b", "c", "d", "e", "f"])
        #expect(pdf.outline.map(\.level) == [1, 1, 2, 3, 2, 1])
    }
}
