import CTGCore
import Testing

/// The ASCII fallback name of a download, spelled the way a French reader would type it.
@Suite struct ContentDispositionTests {
    @Test func accentsAreDroppedNotReplaced() {
        #expect(ContentDisposition.asciiFallback("Délibération signée.pdf") == "Deliberation signee.pdf")
        #expect(ContentDisposition.asciiFallback("Règlement intérieur ÉTÉ 2026.pdf") == "Reglement interieur ETE 2026.pdf")
        #expect(ContentDisposition.asciiFallback("Crèche « Les Çà et Là ».odt") == "Creche _ Les Ca et La _.odt")
    }

    @Test func ligaturesAndTypographicSignsAreSpelledOut() {
        #expect(ContentDisposition.asciiFallback("Œuvre d’éveil – n°12.pdf") == "OEuvre d'eveil - no12.pdf")
        #expect(ContentDisposition.asciiFallback("Budget 1\u{202F}500 €.xlsx") == "Budget 1 500 EUR.xlsx")
    }

    @Test func whatWouldBreakTheHeaderOrHasNoSpellingBecomesAnUnderscore() {
        #expect(ContentDisposition.asciiFallback("a\"b\\c;d\ne.pdf") == "a_b_c_d_e.pdf")
        #expect(ContentDisposition.asciiFallback("会议.pdf") == "__.pdf")
    }

    @Test func theHeaderKeepsTheExactNameInFilenameStar() {
        #expect(ContentDisposition.attachment(filename: "Délibération signée n°12.pdf")
                == "attachment; filename=\"Deliberation signee no12.pdf\"; filename*=UTF-8''D%C3%A9lib%C3%A9ration%20sign%C3%A9e%20n%C2%B012.pdf")
    }
}
