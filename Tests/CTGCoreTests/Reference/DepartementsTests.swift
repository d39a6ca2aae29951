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
