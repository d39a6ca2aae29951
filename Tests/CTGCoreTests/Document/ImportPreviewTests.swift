import Foundation
import Testing
@testable import CTGCore

/// The `ctg import --dry-run --json` shape for a council text, and the ACTES finder.
@Suite("Import preview of a séance")
struct ImportPreviewTests {
    private let text = """
        COMMUNAUTE DE COMMUNES DES HAUTES-BRUYERES
        Séance du 4 avril 2024
        En exercice 6 Présents 4 Pouvoirs 1 Votants 5
        Présents : M. Noé ARNAL, Président, Mme Inès BOREL, M. Ugo CASTEL, Mme Zoé DAUMAS
        M. Léon ESTÈVE a donné pouvoir à Mme Inès BOREL
        Absent : M. Rémy FAURIE
        Secrétaire de séance : Mme Zoé DAUMAS

        Délibération n° 2024-011
        Objet : Tarifs de la piscine intercommunale
        Pour : 4, Contre : 1, Abstentions : 0

        Délibération n° 2024-012
        Objet : Signature de la convention territoriale globale
        Adopté à l'unanimité.
        """

    @Test func everyDeliberationWithItsVoteAndTheCTGOneAsHeadline() throws {
        let preview = ImportPreview(seance: SeanceReader.read(text))
        #expect(preview.deliberations.map(\.number) == ["2024-011", "2024-012"])
        #expect(preview.deliberations[0].vote == ImportPreview.EntryVote(unanimous: false, inFavour: 4, against: 1,
                                                                          abstentions: 0, notVoting: []))
        #expect(preview.deliberations[1].vote?.unanimous == true)
        let headline = try #require(preview.deliberation)
        #expect(headline.number == "2024-012")
        #expect(headline.subject == "Signature de la convention territoriale globale")
        #expect(headline.sessionDate == "2024-04-04")
        #expect(headline.secretary == "Zoé DAUMAS")
        #expect(headline.proxies == [ParsedDeliberation.Proxy(from: "Léon ESTÈVE", to: "Inès BOREL")])
        #expect(preview.plan.axes.isEmpty)
    }

    @Test func theJSONKeepsTheDocumentKeysAndWritesNulls() throws {
        let json = try #require(try JSONSerialization.jsonObject(
            with: ImportPreview(seance: SeanceReader.read(text)).jsonData()) as? [String: Any])
        #expect(Set(json.keys) == ["deliberation", "deliberations", "plan", "warnings"])
        let first = try #require((json["deliberations"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["number", "subject", "vote"])
        let unanimous = try #require((json["deliberations"] as? [[String: Any]])?.last?["vote"] as? [String: Any])
        #expect(unanimous["inFavour"] is NSNull)
        let deliberation = try #require(json["deliberation"] as? [String: Any])
        #expect(deliberation["actesId"] is NSNull)
    }

    @Test func aCTGDocumentGivesItsOneDeliberation() {
        let document = ParsedDocument(deliberation: ParsedDeliberation(number: "X-1", subject: "Objet", unanimous: true),
                                      plan: ParsedPlan(axes: []), warnings: ["w"])
        let preview = ImportPreview(document: document)
        #expect(preview.deliberation == document.deliberation)
        #expect(preview.deliberations == [ImportPreview.Entry(number: "X-1", subject: "Objet",
                                                              vote: ImportPreview.EntryVote(unanimous: true, notVoting: []))])
        #expect(preview.warnings == ["w"])
    }

    @Test func withoutACTGDeliberationTheFirstStandsForTheSeance() {
        let other = text.replacingOccurrences(of: "de la convention territoriale globale", with: "d'un bail")
        #expect(SeanceReader.read(other).headline?.number == "2024-011")
    }

    @Test func actesIdentifiersGiveTheSirenOnlyWhenValidAndAgreed() {
        let stamped = "Accusé de réception 041-200070456-20240404-2024011-DE reçu le 8 avril\n" + text
        #expect(SeanceActes.all(in: stamped).map(\.internalNumber) == ["2024011"])
        #expect(SeanceActes.siren(in: stamped) == "200070456")
        // A wrong Luhn key: the SIREN cannot be trusted.
        #expect(SeanceActes.siren(in: "041-200070457-20240404-2024011-DE") == nil)
        let two = stamped + "\n041-217500016-20240404-2024012-DE"
        #expect(SeanceActes.siren(in: two) == nil)
    }

    @Test func aSuppleantsTitulaireIsOneLineEvenWhenAlsoListedExcused() {
        var seance = ParsedSeance(present: ["Ana BRAS", "Tom CRUZ"], substitutes: [.init(member: "Eva DOLE", substitute: "Tom CRUZ")],
                                  excused: ["Eva DOLE", "Max ELBE"])
        seance.proxies = []
        #expect(seance.attendance == [
            AttendanceEntry(member: "Ana BRAS", status: .present),
            AttendanceEntry(member: "Eva DOLE", status: .replacedBySubstitute("Tom CRUZ")),
            AttendanceEntry(member: "Max ELBE", status: .excused),
        ])
    }
}
