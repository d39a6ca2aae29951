import CTGCore
import Testing

@Suite struct DepartementsTests {
    @Test func oneHundredAndOneDepartementsInEighteenRegions() {
        #expect(Departement.all.count == 101)
        #expect(Set(Departement.all.map(\.code)).count == 101)
        #expect(Set(Departement.all.map(\.region)).count == 18)
    }

    @Test func lookUps() {
        #expect(Departement.withCode("063")?.name == "Puy-de-Dôme")
        #expect(Departement.withCode("02A")?.name == "Corse-du-Sud")
        #expect(Departement.withCode("974")?.region == "La Réunion")
        #expect(Departement.named("PUY DE DOME")?.code == "63")
        #expect(Departement.named("cotes d'armor")?.code == "22")
        #expect(Departement.ofPostalCode("63700")?.code == "63")
        #expect(Departement.ofPostalCode("20250")?.code == "2B")
        #expect(Departement.ofPostalCode("97400")?.code == "974")
        #expect(Departement.ofPostalCode("6370") == nil)
        #expect(Departement.withCode("99") == nil)
    }
}

@Suite struct DepartementArticleTests {
    @Test(arguments: [("63", "CAF du Puy-de-Dôme"), ("72", "CAF de la Sarthe"), ("01", "CAF de l'Ain"),
                      ("88", "CAF des Vosges"), ("75", "CAF de Paris"), ("974", "CAF de La Réunion"),
                      ("2A", "CAF de la Corse-du-Sud"), ("34", "CAF de l'Hérault"), ("68", "CAF du Haut-Rhin"),
                      ("65", "CAF des Hautes-Pyrénées"), ("43", "CAF de la Haute-Loire"), ("89", "CAF de l'Yonne"),
                      ("90", "CAF du Territoire de Belfort"), ("976", "CAF de Mayotte")])
    func cafNames(_ code: String, _ expected: String) {
        #expect(Departement.withCode(code)?.cafName == expected)
    }
}
