import Testing
@testable import CTGCore

@Suite("Deliberation CC2022-04-06")
struct DocumentDeliberationTests {
    private func deliberation() throws -> ParsedDeliberation {
        try #require(try DocumentSeed.document().deliberation)
    }

    @Test func header() throws {
        let d = try deliberation()
        #expect(d.number == "CC2022-04-06")
        #expect(d.subject == "Validation de la contractualisation avec la CAF du Puy de Dôme via la Convention Territoriale Globale (CTG)")
        #expect(d.sessionDate == "2022-06-07")
        #expect(d.sessionTime == "18:00")
        #expect(d.convokedOn == "2022-06-01")
        #expect(d.place == "la Maison de l'Entrepreneur à Saint Eloy-les-Mines")
        #expect(d.president == "Laurent DUMAS")
        #expect(d.secretary == "Karine BOURNAT-GONZALEZ")
    }

    @Test func countsAreReportedAsWritten() throws {
        let d = try deliberation()
        #expect(d.membersInOffice == 53)
        #expect(d.present == 39)
        #expect(d.voters == 45)
        // 38 names listed + 1 suppléant = 39 présents: the list is not padded.
        #expect(d.presentMembers.count == 38)
        #expect(d.presentMembers.first == "Jean-Yves ARNAUD")
        #expect(d.presentMembers.last == "Jacques THOMAS")
        #expect(d.presentMembers.contains("Karine BOURNAT-GONZALEZ"))
        #expect(!d.presentMembers.contains("Alain DURIN"))
    }

    @Test func proxiesSubstitutesAndExcused() throws {
        let d = try deliberation()
        #expect(d.proxies.count == 6)
        #expect(d.proxies.contains(.init(from: "Guy CHARTOIRE", to: "Laurent DUMAS")))
        #expect(d.proxies.contains(.init(from: "Margaux PIQUELLE", to: "Laurent DUMAS")))
        #expect(d.proxies.first == .init(from: "Didier BOURNAT", to: "Sylvain DURIN"))
        #expect(d.substitutes == [.init(member: "Marie TARDIVAT", substitute: "Alain DURIN")])
        #expect(d.excused.count == 8)
        #expect(d.excused.first == "Marc BEAUMONT")
        #expect(d.excused.last == "Marie-Christine LOURDIN")
        #expect(d.excused.contains("Jean-Jacques LOUIS-FERANDON"))
    }

    @Test func voteStampsAndBody() throws {
        let d = try deliberation()
        #expect(d.unanimous)
        #expect(d.actesId == "063-200072080-20220607-CC20220406-DE")
        #expect(d.receivedOn == "2022-06-20")
        #expect(d.publishedOn == "2022-06-20")
        let body = try #require(d.body)
        #expect(body.hasPrefix("Vu le Code Général des Collectivités Territoriales,"))
        #expect(body.hasSuffix("ont signé au registre."))
        #expect(!body.contains("AR Prefecture"))
        #expect(!body.contains("Reçu le"))
        #expect(!body.contains("\n\n\n"))
    }

    @Test func consistentCountsRaiseNoWarning() throws {
        let warnings = try DocumentSeed.document().warnings
        #expect(!warnings.contains { $0.hasPrefix("Délibération") })
    }

    @Test func inconsistentCountsAreWarnedNotFixed() throws {
        let text = DocumentSeed.text.replacingOccurrences(of: "Votants : 45", with: "Votants : 44")
        let doc = try DocumentParser.parse(text)
        #expect(doc.deliberation?.voters == 44)
        #expect(doc.warnings.contains("Délibération : 39 présents et 6 procurations pour 44 votants annoncés."))
    }
}
