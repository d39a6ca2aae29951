import CTGCore
import Testing

@Suite struct FrenchSearchTextTests {
    @Test(arguments: [
        ("assistante maternelle", "Assistants Maternels"),
        ("jeunes 16", "Accompagner les 16-25 ans : un jeune sur trois"),
        ("equipement", "Équipements sportifs"),
        ("locaux", "un local partagé"),
        ("maison assistants", "Maison d'Assistants Maternels (MAM)"),
        ("parentalité soutien", "Soutien à la parentalité"),
    ])
    func aQueryFindsItsWordsWhateverTheirFormAndOrder(_ query: String, _ text: String) {
        let indexed = Set(FrenchSearchText.keys(text))
        let wanted = FrenchSearchText.queryKeys(query)
        #expect(!wanted.isEmpty)
        #expect(wanted.allSatisfy(indexed.contains), "\(wanted) in \(indexed)")
    }

    @Test func differentWordsStayApart() {
        #expect(FrenchSearchText.key("mairie") != FrenchSearchText.key("maire"))
        #expect(FrenchSearchText.key("crèche") != FrenchSearchText.key("creuse"))
    }

    @Test func articlesAndPrepositionsAreNotSearched() {
        #expect(FrenchSearchText.queryKeys("la maison de l'enfance") == ["maison", "enfanc"])
    }

    @Test func highlightingKeepsTheTextAndMarksTheMatchedWords() {
        let parts = FrenchSearchText.highlight("Former les assistantes <maternelles>", keys: FrenchSearchText.queryKeys("assistant maternel"))
        #expect(parts.map(\.text).joined() == "Former les assistantes <maternelles>")
        #expect(parts.filter(\.matched).map(\.text) == ["assistantes", "maternelles"])
    }
}
