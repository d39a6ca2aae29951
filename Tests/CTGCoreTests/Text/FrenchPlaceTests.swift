import CTGCore
import Testing

@Suite struct FrenchPlaceTests {
    @Test func keepsAndContractsTheArticle() {
        #expect(FrenchPlace.afterÀ("la Maison de l'Entrepreneur") == "à la Maison de l'Entrepreneur")
        #expect(FrenchPlace.afterÀ("l'espace culturel de Vaubreuil") == "à l'espace culturel de Vaubreuil")
        #expect(FrenchPlace.afterÀ("le centre social") == "au centre social")
        #expect(FrenchPlace.afterÀ("les Halles") == "aux Halles")
        #expect(FrenchPlace.afterÀ("Vauclair") == "à Vauclair")
        #expect(FrenchPlace.withArticle(preposition: "au", rest: "siège de la communauté") == "le siège de la communauté")
        #expect(FrenchPlace.withArticle(preposition: "à", rest: "la salle des fêtes") == "la salle des fêtes")
    }
}
