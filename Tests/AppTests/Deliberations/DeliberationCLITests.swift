@testable import App
import CTGCore
import Foundation
import Testing

/// `ctg deliberation check` and `ctg actes parse`, called as functions.
@Suite struct DeliberationCLITests {
    @Test func checkOnTheSeedGivesTheRegisterFiguresAsJSON() throws {
        let check = try DeliberationCheckCLI.check(path: TestPaths.seedDocument, sessionDate: nil)
        let json = try DeliberationCheckCLI.json(check)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in ["membersInOffice", "present", "represented", "voters", "quorumRequired", "quorumMet",
                    "maxProxiesPerHolder", "proxyViolations", "valid", "ruleSet", "reasons"] {
            #expect(object[key] != nil, "missing key \(key)")
        }
        #expect(object["membersInOffice"] as? Int == 53)
        #expect(object["present"] as? Int == 39)
        #expect(object["voters"] as? Int == 45)
        #expect(object["valid"] as? Bool == true)
        #expect(object["maxProxiesPerHolder"] as? Int == 2)
        let ruleSet = try #require(object["ruleSet"] as? [String: Any])
        #expect((ruleSet["source"] as? String)?.contains("Loi n° 2021-1465") == true)
    }

    @Test func checkCanPretendTheSeanceTookPlaceInAugust() throws {
        let check = try DeliberationCheckCLI.check(path: TestPaths.seedDocument, sessionDate: "2022-08-02")
        #expect(!check.valid)
        #expect(check.proxyViolations.map { "\($0.holder) \($0.count)/\($0.max)" } == ["Laurent DUMAS 2/1"])
        #expect(check.reasons.contains { $0.contains("Laurent DUMAS détient 2 pouvoirs pour 1 autorisé") })
    }

    @Test func checkRefusesBadInputInFrench() throws {
        #expect(throws: CommandFailure.self) { try DeliberationCheckCLI.check(path: TestPaths.seedDocument, sessionDate: "02/08/2022") }
        do {
            _ = try DeliberationCheckCLI.check(path: TestPaths.seedDocument, sessionDate: "02/08/2022")
        } catch let failure as CommandFailure {
            #expect(failure.description.contains("doit être au format AAAA-MM-JJ"))
        }
        do {
            _ = try DeliberationCheckCLI.check(path: "/nulle/part.txt", sessionDate: nil)
            Issue.record("a missing file must fail")
        } catch let failure as CommandFailure {
            #expect(failure.description.contains("Fichier introuvable"))
        }
    }

    @Test func actesParseGivesTheFields() throws {
        let fields = try ActesParseCLI.parse("063-200072080-20220607-CC20220406-DE")
        #expect(fields.departement == "063")
        #expect(fields.siren == "200072080")
        #expect(fields.date == CivilDate("2022-06-07"))
        #expect(fields.internalNumber == "CC20220406")
        #expect(fields.natureLabel == "Délibération")
        let json = try ActesParseCLI.json(fields)
        #expect(json.contains("\"date\" : \"2022-06-07\""))
    }

    @Test(arguments: [
        ("061-20073880-20220607-AL2-00406-DE", "6 trouvés"),
        ("063-200072080-20220607-CC20220406-D8", "Le code nature « D8 » est inconnu"),
        ("200072080-20220607-CC20220406-DE", "Le code département manque"),
        ("063-200072081-20220607-CC20220406-DE", "clé de contrôle"),
    ])
    func actesParseRefusesCorruptedStamps(id: String, expected: String) throws {
        do {
            _ = try ActesParseCLI.parse(id)
            Issue.record("\(id) must be refused")
        } catch let failure as CommandFailure {
            #expect(failure.description.contains(expected), "\(failure.description)")
        }
    }
}
