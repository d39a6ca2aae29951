import Foundation
import Testing
@testable import CTGCore

@Suite("Impression — tableaux, graphiques, accents")
struct PrintTableTests {
    func render(_ body: [PrintBlock]) throws -> PDFReader {
        try PDFReader(PrintRenderer.render(PrintDocument(title: "T", territory: "Pays d'Ouche", date: "1er juin 2030",
                                                        cover: [], body: body)).pdf)
    }

    @Test func aLongTableRepeatsItsHeaderOnEveryPage() throws {
        let rows = (1...150).map { ["Commune n° \($0)", "\($0 * 3) places"] }
        let pdf = try render([.heading("Places", level: 1), .table(PrintTable(headers: ["Commune", "Capacité"], rows: rows))])
        let withRows = pdf.pages.filter { $0.strings.contains { $0.hasPrefix("Commune n° ") } }
        #expect(withRows.count >= 3)
        for page in withRows {
            let header = try #require(page.texts.first { $0.string == "Commune" && $0.font == "/F2" })
            let firstRow = try #require(page.texts.filter { $0.string.hasPrefix("Commune n° ") }.max { $0.y < $1.y })
            #expect(header.y > firstRow.y)
        }
        // Every row printed once.
        let printed = pdf.pages.flatMap(\.strings).filter { $0.hasPrefix("Commune n° ") }
        #expect(printed.count == 150)
    }

    @Test func aRowThatFitsOnAPageIsNotSplit() throws {
        let tall = "Première ligne " + String(repeating: "texte assez long pour passer à la ligne ", count: 12) + "dernière"
        var moved = 0
        // From plenty of room to none: somewhere the row must move to the next page whole.
        for count in stride(from: 30, through: 44, by: 1) {
            let filler = (1...count).map { PrintBlock.paragraph("Ligne \($0)") }
            let pdf = try render([.heading("Début", level: 1)] + filler + [.table(PrintTable(headers: ["A", "B"], widths: [1, 3], rows: [["x", tall]]))])
            let first = try #require(pdf.pages.firstIndex { $0.strings.contains { $0.hasPrefix("Première ligne") } })
            #expect(pdf.pages[first].strings.contains { $0.hasSuffix("dernière") }, "\(count) lignes avant")
            #expect(pdf.pages[first].strings.contains("A")) // with its header
            if !pdf.pages[first].strings.contains("Ligne \(count)") { moved += 1 }
        }
        #expect(moved > 0)
    }

    @Test func aChartIsNeverSplit() throws {
        let bars = PrintBars(title: "Avancement des fiches", bars: (1...8).map { .init(label: "Fiche \($0)", fraction: 0.1 * Double($0), value: "\($0 * 10) %") })
        for lines in [50, 53, 55, 57] {
            let pdf = try render([.heading("Axe", level: 1)] + (1...lines).map { .paragraph("Ligne \($0)") } + [.bars(bars)])
            let pages = pdf.pages.indices.filter { index in pdf.pages[index].strings.contains { $0.hasPrefix("Fiche ") } }
            #expect(pages.count == 1, "\(lines) lignes avant")
            let page = try #require(pages.first)
            #expect(pdf.pages[page].strings.contains("Avancement des fiches"))
            #expect(pdf.pages[page].boxes.count == 16) // track and bar for each of the 8
        }
    }

    @Test func frenchTextIsWinAnsi() throws {
        let text = "Élève à l’école : œuvre « 5 € » – ça ï ô û è ê —"
        let expected: [UInt8] = [0xC9, 0x6C, 0xE8, 0x76, 0x65, 0x20, 0xE0, 0x20, 0x6C, 0x92, 0xE9, 0x63, 0x6F, 0x6C, 0x65,
                                 0x20, 0x3A, 0x20, 0x9C, 0x75, 0x76, 0x72, 0x65, 0x20, 0xAB, 0x20, 0x35, 0x20, 0x80, 0x20, 0xBB,
                                 0x20, 0x96, 0x20, 0xE7, 0x61, 0x20, 0xEF, 0x20, 0xF4, 0x20, 0xFB, 0x20, 0xE8, 0x20, 0xEA,
                                 0x20, 0x97]
        #expect(WinAnsi.runs(text) == [WinAnsi.Run(symbol: false, bytes: expected)])
        let pdf = try render([.paragraph(text)])
        #expect(pdf.pages[1].strings.contains(text)) // after the contents page
    }

    @Test func charactersOutsideWinAnsiBecomeCloseOnes() {
        // → (174) and ≥ (179) are Symbol codes between WinAnsi stretches; Ł has a close letter, 漢 none.
        #expect(WinAnsi.runs("a → b ≥ 2, Łódź 漢") == [
            .init(symbol: false, bytes: Array("a ".utf8)), .init(symbol: true, bytes: [174]),
            .init(symbol: false, bytes: Array(" b ".utf8)), .init(symbol: true, bytes: [179]),
            .init(symbol: false, bytes: Array(" 2, L".utf8) + [0xF3] + Array("dz ?".utf8)),
        ])
        #expect(HelveticaMetrics.width("é", bold: false, size: 1000) == 556)
        #expect(HelveticaMetrics.width("Wi", bold: true, size: 10) == 12.22) // W 944 + i 278
    }
}
