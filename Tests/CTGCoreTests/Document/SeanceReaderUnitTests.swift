@testable import CTGCore
import Testing

@Suite struct SeanceReaderUnitTests {
    @Test(arguments: [
        (["deux", "mille", "dix-neuf"], 2019), (["deux", "mil", "vingt", "et", "un"], 2021),
        (["mil", "neuf", "cent", "quatre-vingt-dix-neuf"], 1999), (["quatre-vingts"], 80),
        (["soixante-dix-sept"], 77), (["vingt", "et", "un"], 21), (["premier"], 1), (["seize"], 16),
    ])
    func numbersInWords(_ words: [String], _ value: Int) {
        #expect(FrenchNumberWords.value(words) == value)
    }

    @Test func notANumber() {
        #expect(FrenchNumberWords.value(["deux", "pommes"]) == nil)
        #expect(FrenchNumberWords.value([]) == nil)
    }

    @Test(arguments: [
        ("l'an deux mille vingt, le 19 novembre a 19 heures", "2020-11-19"),
        ("le seize septembre deux mille dix-neuf", "2019-09-16"),
        ("seance du 1er octobre 2013", "2013-10-01"),
        ("date de convocation : 24/09/2013", "2013-09-24"),
        ("le vingt et un mai deux mille dix-neuf", "2019-05-21"),
        ("le 31 fevrier 2022", nil),
    ] as [(String, String?)])
    func datesAsCouncilsWriteThem(_ folded: String, _ iso: String?) {
        #expect(SessionDates.first(in: folded) == iso)
    }

    @Test(arguments: ["CC2022-04-06", "2022_DEL014", "06.2019.01", "CC/20-167", "2022-045", "45/2022", "D2021-12"])
    func everyNumberShapeIsAHeading(_ number: String) {
        let session = SeanceReader.read("Délibération n° \(number)\nObjet : Essai\nAdopté à l'unanimité.")
        #expect(session.deliberations.map(\.number) == [number])
    }

    @Test func aBodyReferenceIsNotAHeading() {
        let session = SeanceReader.read("N° 2023-001\nObjet : Essai\nVu la délibération n° 2019-12 du 3 mai 2019,\nAdopté à l'unanimité.")
        #expect(session.deliberations.map(\.number) == ["2023-001"])
    }

    @Test func namesLoseCivilitiesAndRemarks() {
        #expect(SessionNames.clean("Mme Annick TROUVÉ (visioconférence)") == "Annick TROUVÉ")
        #expect(SessionNames.clean("M. Serge DELAUNAY, arrivé à 19 h 30") == "Serge DELAUNAY")
        #expect(SessionNames.clean("Monsieur Paul ROCHE") == "Paul ROCHE")
        #expect(SessionNames.clean("formant la majorité des membres en exercice") == nil)
        #expect(SessionNames.clean("Président") == nil)
    }

    @Test func emptyTextGivesNullsAndWarnings() {
        let session = SeanceReader.read("")
        #expect(session.date == nil && session.president == nil && session.counts.voters == nil)
        #expect(session.warnings.contains("Non indiqué dans le texte : date de séance."))
        #expect(session.warnings.contains("Aucune délibération (numéro ou objet) trouvée dans le texte."))
    }
}

@Suite struct SeanceFactsTests {
    static let text = """
        Séance du 13 juin 2019
        Membres en exercice : 6
        Présents : M. Aimé BOURDON, Mme Brigitte CLÉMENT, M. Cyril DORÉ, Mme Diane ÉVRARD
        M. Honoré HUBERT a donné pouvoir à M. Cyril DORÉ ; Mme Irma JULIEN a donné pouvoir à M. Cyril DORÉ
        Délibération n° 2019-058
        Objet : Diagnostic
        Adopté à l'unanimité.
        """

    @Test func twoProxiesForOneMemberBreakTheRuleOf2019() throws {
        let seance = SeanceReader.read(Self.text)
        let item = try #require(seance.deliberations.first)
        let facts = try seance.facts(for: item).get()
        #expect(facts.attendance.count == 6)
        #expect(facts.vote.pour == 6)
        let check = DeliberationRules.check(facts: facts, sessionDate: try #require(CivilDate("2019-06-13")))
        #expect(check.valid == false)
        #expect(check.proxyViolations.map(\.holder) == ["Cyril DORÉ"])
    }

    @Test func aDeliberationWithoutVoteCannotBeJudged() throws {
        let seance = SeanceReader.read("Présents : M. Jean MARTIN\nDélibération n° 2020-01\nObjet : Essai")
        let item = try #require(seance.deliberations.first)
        #expect(throws: ParsedSeance.FactsError.noVote) { try seance.facts(for: item).get() }
    }
}
