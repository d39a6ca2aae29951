import CTGCore
import Testing

@Suite struct TerritorySlugTests {
    @Test(arguments: [
        ("Communauté de communes du Pays de Saint-Eloy", "pays-de-saint-eloy"),
        ("Communauté de Communes Loir-Lucé-Bercé", "loir-luce-berce"),
        ("Communauté d'agglomération de l'Auxerrois", "auxerrois"),
        ("Commune de L'Île-d'Yeu", "ile-d-yeu"),
        ("COMMUNAUTE DE COMMUNES DES COMBRAILLES", "combrailles"),
        ("Métropole", "metropole"),
        ("Œuvre  commune", "oeuvre-commune"),
        ("Communauté de communes Cœur de Beauce", "coeur-de-beauce"),
    ])
    func aSlugIsThePartOfTheNamePeopleSay(name: String, slug: String) {
        #expect(TerritorySlug.make(from: name) == slug)
    }

    @Test func aTakenOrReservedSlugGetsASuffix() {
        #expect(TerritorySlug.unique(from: "CC du Val", taken: ["val"]) == "val-2")
        #expect(TerritorySlug.unique(from: "CC du Val", taken: ["val", "val-2"]) == "val-3")
        #expect(TerritorySlug.unique(from: "Commune d'Admin", taken: []) == "admin-2")
    }

    @Test func onlyLowerCaseLettersDigitsAndSingleHyphensAreValid() {
        #expect(TerritorySlug.isValid("pays-de-saint-eloy"))
        #expect(TerritorySlug.isValid("cc-63"))
        #expect(!TerritorySlug.isValid("Pays"))
        #expect(!TerritorySlug.isValid("-pays"))
        #expect(!TerritorySlug.isValid("pays--x"))
        #expect(!TerritorySlug.isValid("pays/x"))
        #expect(!TerritorySlug.isValid("admin"))
        #expect(!TerritorySlug.isValid(""))
    }
}
