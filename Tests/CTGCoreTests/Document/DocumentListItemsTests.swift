import Testing
@testable import CTGCore

@Suite("Indicator and result items")
struct DocumentListItemsTests {
    private typealias ListItems = DocumentParser.ListItems
    private typealias Vocabulary = DocumentParser.Vocabulary
    private typealias FicheLayout = DocumentParser.FicheLayout

    @Test func htmlBulletsAndParagraphs() {
        #expect(ListItems.items(from: "<ul style=\"list-style-type: none\"> - Un indicateur - Nombre de visites ")
                == ["Un indicateur", "Nombre de visites"])
        #expect(ListItems.items(from: "<p>Meilleure connaissance.</p> <p>Proposer un outil.</p>")
                == ["Meilleure connaissance.", "Proposer un outil."])
        #expect(ListItems.items(from: "<ul><li>Premier point</li><li>Second point</li></ul>") == ["Premier point", "Second point"])
    }

    @Test func sentencesRunTogetherAreSplit() {
        #expect(ListItems.items(from: "Nombre d'échanges dans l'année. Création d'un parc.") == ["Nombre d'échanges dans l'année.", "Création d'un parc."])
        #expect(ListItems.items(from: "Ateliers divers, etc. Bilan annuel") == ["Ateliers divers, etc. Bilan annuel"])
    }

    @Test func gluedItemsSplitOnlyBeforeItemStarters() {
        #expect(ListItems.items(from: "Nombre d'ateliers mis en place Retours des publics")
                == ["Nombre d'ateliers mis en place", "Retours des publics"])
        #expect(ListItems.items(from: "Création d'un Lieu d'Accueil") == ["Création d'un Lieu d'Accueil"])
        #expect(ListItems.items(from: "Informations et documents Enfance Jeunesse") == ["Informations et documents Enfance Jeunesse"])
    }

    @Test func infinitives() {
        for verb in ["Sécuriser", "Organiser", "Intéresser", "S'appuyer", "Permettre", "Promouvoir"] { #expect(Vocabulary.isInfinitive(verb), "\(verb)") }
        for noun in ["Devis", "Calendrier", "Atelier", "Sollicitations", "Nombre"] { #expect(!Vocabulary.isInfinitive(noun), "\(noun)") }
    }

    @Test func layoutRightAlignsWhenValuesAreMissing() {
        let assigned = FicheLayout.assign([.audience, .leads, .partners], [["CC", "AFJC"], ["RPE"]], column: nil)
        #expect(assigned.map(\.0) == [.leads, .partners])
        let pair = FicheLayout.assign([.indicators, .results], [["Sollicitations"], ["Devis"], ["Organiser un chantier"]], column: nil)
        #expect(pair.map { $0.1.count } == [2, 1])
    }
}
