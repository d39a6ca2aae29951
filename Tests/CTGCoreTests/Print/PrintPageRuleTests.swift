import Testing
@testable import CTGCore

@Suite("Impression — marges des pages imprimées par le navigateur")
struct PrintPageRuleTests {
    @Test func territoryAndDateGoInTheTopMargin() {
        let css = PrintPageRule.css(territory: "Pays d'Ouche", date: "1er juin 2030")
        #expect(css.contains("@top-left { content: \"Convention Territoriale Globale — Pays d'Ouche\";"))
        #expect(css.contains("@top-right { content: \"1er juin 2030\";"))
        #expect(css.contains("counter(page)") && css.contains("counter(pages)"))
    }

    @Test func aNameCannotCloseTheStringNorTheStyleElement() {
        let css = PrintPageRule.css(territory: "Val \"Nord\" </style><script>x</script> \\", date: "d")
        #expect(!css.contains("</style>") && !css.contains("<script>"))
        #expect(css.contains("Val \\\"Nord\\\" \\3C /style\\3E \\3C script\\3E x\\3C /script\\3E  \\\\"))
    }

    @Test func aTableOfFactsHasNoHeaderRow() throws {
        let facts = PrintTable(headers: ["", ""], rows: [["Territoire", "Bocage"], ["Période", "2030–2034"]])
        let pdf = try PDFReader(PrintRenderer.render(PrintDocument(title: "T", territory: "B", date: "d", cover: [.table(facts)], body: [])).pdf)
        #expect(pdf.pages[0].boxes.isEmpty)
        #expect(pdf.pages[0].strings.contains("Territoire") && pdf.pages[0].strings.contains("2030–2034"))
    }
}
