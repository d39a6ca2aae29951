import Foundation
import Testing
@testable import CTGCore

@Suite("Impression — caractères du français dans le PDF")
struct PrintCharactersTests {
    /// Input → what the page shows, read back from the PDF's bytes (WinAnsi and Symbol codes decoded).
    static let table: [(String, String)] = [
        ("cœur, Œuvre, « guillemets », l’été…", "cœur, Œuvre, « guillemets », l’été…"),
        ("2022–2025 — fin", "2022–2025 — fin"),
        ("1\u{202F}250\u{2007}€", "1\u{A0}250\u{A0}€"), // narrow no-break spaces stay unbreakable
        ("Pourquoi\u{202F}? Parce que\u{2009}!", "Pourquoi\u{A0}? Parce que\u{A0}!"),
        ("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ àâäçéèêëîïôöùûüÿ", "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ àâäçéèêëîïôöùûüÿ"),
        ("accueil → crèche", "accueil → crèche"),
        ("≥ 3 ans, ≤ 6 ans, ≠ 0, ≈ 40 %", "≥ 3 ans, ≤ 6 ans, ≠ 0, ≈ 40 %"),
        ("écart −5", "écart −5"),
        ("↗ hausse ⇒ suite", "↑ hausse ⇒ suite"),
        ("le 1ᵉʳ janvier, la 2ᵉ fiche", "le 1er janvier, la 2e fiche"),
        ("ﬁche ﬂux", "fiche flux"),
        ("№ 12", "n° 12"),
        ("anti\u{AD}constitutionnel", "anticonstitutionnel"), // a soft hyphen is not printed
        ("mot\u{200B}collé", "motcollé"),
        ("a\u{2010}b, c\u{2011}d, x\u{2012}y", "a-b, c-d, x–y"),
        ("✓ fait, ✗ non", "√ fait, × non"),
        ("Łódź, Ångström", "Lódz, Ångström"),
        ("⅓ des places", "1/3 des places"),
        ("α, Δ, μ", "α, Δ, µ"),
        ("ligne\nsuivante\tfin", "ligne suivante fin"),
        ("漢字", "??"),
    ]

    @Test func everyInputPrintsAsItsFaithfulForm() throws {
        let body = Self.table.map { PrintBlock.paragraph($0.0) }
        let pdf = try PDFReader(PrintRenderer.render(PrintDocument(title: "T", territory: "X", date: "d", cover: [], body: body)).pdf)
        let printed = PrintRendererTests.body(pdf.pages[1]).map(\.string)
        #expect(printed == Self.table.map(\.1))
    }

    @Test func symbolGlyphsAreMeasuredWithSymbolWidths() {
        // Symbol AFM: arrowright 987, greaterequal 549; Helvetica "a" 556, space 278.
        #expect(HelveticaMetrics.width("a → ≥", bold: false, size: 1000) == 556 + 278 + 987 + 278 + 549)
        #expect(HelveticaMetrics.width("a → ≥", bold: true, size: 1000) == 556 + 278 + 987 + 278 + 549)
        #expect(HelveticaMetrics.width("«\u{202F}µ", bold: false, size: 1000) == 556 + 278 + 556)
    }

    @Test func theContentStreamSwitchesToSymbolAndBack() {
        let stream = PDFWriter.content([.text(x: 10, y: 20, "a→b", bold: true, size: 9)])
        // arrowright is code 174 (0xAE) of Symbol's built-in encoding.
        #expect(stream == Array("BT /F2 9 Tf 10 20 Td (a) Tj /F3 9 Tf (".utf8) + [174] + Array(") Tj /F2 9 Tf (b) Tj ET\n".utf8))
    }
}
