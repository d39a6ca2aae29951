@testable import CTGCore
import Testing

/// The territory's identity comes from the document, whatever the council.
@Suite struct IdentityReaderTests {
    @Test func theSeedNamesItsOwnTerritory() throws {
        let document = try DocumentSeed.document()
        let id = IdentityReader.read(DocumentSeed.text, actesId: document.deliberation?.actesId)
        #expect(id.kind == .communauteDeCommunes)
        // As the document writes it in its text, without the hyphen.
        #expect(id.fullName == "Communauté de communes du Pays de Saint Eloy")
        #expect(id.siren == "200072080")
        #expect(id.departement?.code == "63")
        #expect(id.startYear == 2022 && id.endYear == 2025)
        #expect(id.cafName == "CAF du Puy-de-Dôme")
        #expect(id.warnings.isEmpty, "\(id.warnings)")
    }

    @Test func theCAFIsNamedAfterItsDepartement() {
        #expect(IdentityReader.read("Convention signée avec la CAF 53 le 2 mai 2023.").cafName == "CAF de la Mayenne")
        #expect(IdentityReader.read("avec la CAF de l'Ain, pour la période 2023-2026").cafName == "CAF de l'Ain")
        #expect(IdentityReader.read("avec la Caisse d'allocations familiales des Vosges").cafName == "CAF des Vosges")
        #expect(IdentityReader.read("Commune de Vauclair, 72500 Vauclair").cafName == nil)
    }

    @Test func anOpeningSentenceAndADepartementInWords() {
        let id = IdentityReader.read("""
            Le Conseil Communautaire de la Communauté de Communes Loir-Lucé-Bercé s'est réuni le 3 mars 2022.
            La convention territoriale globale est conclue pour une durée de 4 ans à compter du 1er janvier 2022
            avec la Caisse d'allocations familiales du département de la Sarthe.
            """)
        #expect(id.fullName == "Communauté de communes Loir-Lucé-Bercé")
        #expect(id.departement?.code == "72")
        #expect(id.startYear == 2022 && id.endYear == 2025)
        #expect(id.cafName == "CAF de la Sarthe")
        #expect(id.siren == nil)
        #expect(id.warnings == ["SIREN non trouvé (ni identifiant ACTES ni mention dans le texte) : à saisir."])
    }

    @Test func aCommuneWithAPostalCodeAndASirenInTheText() {
        let id = IdentityReader.read("""
            COMMUNE DE SAINT-MARTIN-LES-AUNES
            1 place de la Mairie – 49150 Saint-Martin-les-Aunes
            SIREN : 200 072 080
            Projet éducatif pour la période 2023 à 2026.
            """)
        #expect(id.kind == .commune)
        #expect(id.fullName == "Commune de Saint-Martin-les-Aunes")
        #expect(id.departement?.name == "Maine-et-Loire")
        #expect(id.siren == "200072080")
        #expect(id.startYear == 2023 && id.endYear == 2026)
    }

    @Test func anAgglomerationInCapitalsWithAWrongSirenKey() {
        let id = IdentityReader.read("COMMUNAUTE D'AGGLOMERATION DU GRAND VAL-D'OISE\nSIREN : 200 072 081\n")
        #expect(id.kind == .communauteAgglomeration)
        #expect(id.name == "du Grand Val-d'Oise")
        #expect(id.siren == nil)
        #expect(id.startYear == nil)
        #expect(id.warnings.contains("Période de la convention non trouvée dans le document : à saisir par le coordinateur."))
    }

    @Test func nothingToReadGivesWarningsNotGuesses() {
        let id = IdentityReader.read("Recette de la tarte aux pommes.")
        #expect(id.name == nil && id.siren == nil && id.departement == nil && id.startYear == nil)
        #expect(id.warnings.count == 4)
    }
}
