import CTGCore
import Testing

@Suite struct FrenchLabelsTests {
    @Test func oneEntryPerBodyWhateverItsCaseOrArticle() {
        let listed = FrenchLabels.dedupedSorted(["la CAF", "CAF", "Caf ", "Commune de Vaubrun", "commune de vaubrun"])
        #expect(listed == ["CAF", "Commune de Vaubrun"])
    }

    @Test func theMostUsedSpellingIsShown() {
        #expect(FrenchLabels.dedupedSorted(["la CAF", "CAF", "la CAF"]) == ["la CAF"])
    }

    @Test func accentedNamesSortWithTheirLetter() {
        let listed = FrenchLabels.dedupedSorted(["Mission locale", "Éducation nationale", "ALSH", "Département", "Espace jeunes"])
        #expect(listed == ["ALSH", "Département", "Éducation nationale", "Espace jeunes", "Mission locale"])
    }

    @Test func theArticleIsIgnoredForOrderToo() {
        #expect(FrenchLabels.dedupedSorted(["Le Relais", "Association Arc-en-ciel", "l’Escale"])
                == ["Association Arc-en-ciel", "l’Escale", "Le Relais"])
    }
}
