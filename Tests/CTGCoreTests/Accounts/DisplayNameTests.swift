import CTGCore
import Testing

/// The optional name of an account, as typed by a person.
@Suite struct DisplayNameTests {
    @Test func spacesAroundAndInsideANameAreTidied() throws {
        #expect(try DisplayName.clean("  Marie \t Dupont\n") == "Marie Dupont")
        #expect(try DisplayName.clean("Jean-Loup  N'Diaye") == "Jean-Loup N'Diaye")
    }

    @Test func anEmptyOrBlankNameMeansNoName() throws {
        #expect(try DisplayName.clean(nil) == nil)
        #expect(try DisplayName.clean("") == nil)
        #expect(try DisplayName.clean("   \n ") == nil)
    }

    @Test func aTooLongNameIsRefusedInFrench() throws {
        #expect(try DisplayName.clean(String(repeating: "é", count: 200))?.count == 200)
        #expect(throws: DisplayName.Refusal(
            message: "Le champ « Prénom et nom » ne doit pas dépasser 200 caractères (reçu : 201).")) {
            try DisplayName.clean(String(repeating: "é", count: 201))
        }
    }
}
