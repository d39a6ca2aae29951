@testable import App
import CTGCore
import Foundation
import Testing
import Vapor
import VaporTesting

/// Issue 13 (print): the bilan's PDF, made on the server, has a table of contents
/// whose numbers are the pages its headings land on, read back from the bytes.
@Suite struct BilanPDFTests {
    @Test func theBilanPDFsContentsPointAtTheRightPages() async throws {
        try await withApp { app in
            _ = try await BilanTests.recordYear(app)
            let lecteur = try await signIn(app, as: .lecteur)
            let bilan = try await lecteur.get(Seed.path(.bilan(year: 2023)))
            #expect(bilan.text.contains("href=\"\(Seed.path(.bilanPDF(year: 2023)))\">Télécharger le bilan en PDF (à imprimer)</a>"))

            let response = try await lecteur.get(Seed.path(.bilanPDF(year: 2023)))
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType) == "application/pdf")
            let disposition = try #require(response.headers.first(name: .contentDisposition))
            #expect(disposition.hasPrefix("attachment; filename=\"bilan-annuel-2023-"))
            #expect(disposition.contains("filename*=UTF-8''Bilan%20annuel%202023%20"))
            let bytes = Array(response.body.readableBytesView)
            #expect(bytes.starts(with: Array("%PDF-1.4".utf8)))

            let pdf = try PDFReader(bytes)
            #expect(pdf.pages.count == pdf.pageObjectCount)
            #expect(pdf.pages[0].strings.contains("Bilan annuel 2023"))
            let tocPages = pdf.pages.indices.filter { pdf.pages[$0].strings.contains("Sommaire") }
            #expect(tocPages == [1])
            let toc = pdf.pages[1].texts
            // Level-1 entries are bold: the synthesis, then one per axe of the seeded plan.
            let entries = toc.filter { $0.font == "/F2" && ($0.string.hasPrefix("Synthèse") || $0.string.hasPrefix("Axe ")) }
            #expect(entries.count == 1 + 4)
            for entry in entries {
                let number = try #require(toc.first { $0.y == entry.y && Int($0.string) != nil }, "\(entry.string)")
                let key = entry.string.hasPrefix("Axe ") ? String(entry.string.prefix { $0 != "—" }) : "Synthèse 2023"
                let landing = try #require(pdf.pages.indices.first { index in
                    index > 1 && pdf.pages[index].texts.contains { $0.size == 16 && $0.string.hasPrefix(key) }
                }, "\(key)")
                #expect(Int(number.string) == landing + 1, "\(key)")
            }
            for (index, page) in pdf.pages.enumerated() {
                #expect(page.strings.contains("page \(index + 1) / \(pdf.pages.count)"))
            }
        }
    }

    @Test func anotherTerritorysBilanPDFIsRefused() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let foreign = try await coordinateur.get(TerritoryRef(slug: other.slug).path(.bilanPDF(year: 2023)))
            #expect([.notFound, .forbidden].contains(foreign.status))
            #expect(foreign.headers.first(name: .contentType) != "application/pdf")
            let anonymous = try await Browser(app).get(Seed.path(.bilanPDF(year: 2023)))
            #expect(anonymous.headers.first(name: .contentType) != "application/pdf")
            #expect(try await coordinateur.get(Seed.path(.bilanPDF(year: 1999))).status == .notFound)
        }
    }
}

/// Issue 13 (print): Ctrl+P on a territory's page prints its name and the date in the margin.
@Suite struct PrintStylesheetTests {
    @Test func everyTerritoryPageLinksItsOwnPrintMargins() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let fiche = try await coordinateur.get(Seed.path(.fiche(code: "1-1-1")))
            #expect(fiche.text.contains("<link rel=\"stylesheet\" media=\"print\" href=\"\(Seed.path(.printStylesheet))\">"))
            let css = try await Browser(app).get(Seed.path(.printStylesheet))
            #expect(css.status == .ok)
            #expect(css.headers.first(name: .contentType) == "text/css; charset=utf-8")
            #expect(css.text.contains("content: \"Convention Territoriale Globale — Communauté de communes du Pays de Saint-Eloy\""))
            let theirs = try await Browser(app).get(TerritoryRef(slug: other.slug).path(.printStylesheet))
            #expect(theirs.text.contains("Convention Territoriale Globale — \(other.name)"))
            #expect(!theirs.text.contains("Saint-Eloy"))
        }
    }
}
