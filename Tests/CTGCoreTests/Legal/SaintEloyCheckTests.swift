import Foundation
import Testing
@testable import CTGCore

@Suite("Séance de Saint-Eloy du 7 juin 2022")
struct SaintEloyCheckTests {
    @Test("counts match the register: 53 en exercice, 39 présents, 45 votants")
    func counts() {
        let tally = SessionTally(facts: SaintEloy.facts)
        #expect(tally.membersInOffice == 53)
        #expect(tally.presentTitulaires == 38)
        #expect(tally.sittingSubstitutes == 1)
        #expect(tally.present == 39)
        #expect(tally.represented == 6)
        #expect(tally.excused == 8)
        #expect(tally.voters == 45)
        #expect(tally.exprimes == 45)
        #expect(tally.unanimous && tally.adopted)
        #expect(tally.proxyHoldings.map(\.count) == [1, 2, 1, 1, 1])
    }

    @Test("valid on 2022-06-07 under loi n° 2021-1465")
    func validOnSessionDay() {
        let result = DeliberationRules.check(facts: SaintEloy.facts, sessionDate: SaintEloy.sessionDate)
        #expect(result.valid)
        #expect(result.quorumRequired == 18 && result.quorumMet)
        #expect(result.present == 39 && result.represented == 6 && result.voters == 45)
        #expect(result.maxProxiesPerHolder == 2)
        #expect(result.proxyViolations.isEmpty)
        #expect(result.unanimous && result.adopted)
        #expect(result.ruleSet.name.contains("2021-1465"))
        #expect(result.ruleSet.validUntil == CivilDate("2022-07-31"))
        #expect(result.reasons.contains("Quorum atteint : 39 présents pour 18 requis (au moins le tiers des 53 "
            + "membres en exercice doit être présent ; les pouvoirs ne comptent pas)."))
        #expect(result.reasons.last == "Délibération régulière et adoptée.")
    }

    @Test("invalid on 2022-08-02: Laurent DUMAS holds 2 proxies for 1 allowed")
    func invalidAfterDerogation() {
        let result = DeliberationRules.check(facts: SaintEloy.facts, sessionDate: SaintEloy.afterDerogation)
        #expect(!result.valid)
        #expect(result.proxyViolations == [.init(holder: "Laurent DUMAS", count: 2, max: 1)])
        #expect(result.quorumMet && result.quorumRequired == 27)
        #expect(result.reasons.contains { $0.contains("39 présents pour 27 requis (plus de la moitié des 53") })
        #expect(result.ruleSet.name == "Droit commun du CGCT")
        #expect(result.reasons.contains("Pouvoirs irréguliers : Laurent DUMAS détient 2 pouvoirs pour 1 autorisé."))
        #expect(result.reasons.last == "Délibération irrégulière : pouvoirs en excès.")
    }

    @Test("JSON has exactly the agreed keys, with null open bounds")
    func json() throws {
        let result = DeliberationRules.check(facts: SaintEloy.facts, sessionDate: SaintEloy.afterDerogation)
        let data = try JSONEncoder().encode(result)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["membersInOffice", "present", "represented", "voters", "quorumRequired",
                                     "quorumMet", "maxProxiesPerHolder", "proxyViolations", "valid", "ruleSet",
                                     "reasons", "exprimes", "unanimous", "adopted", "sessionDate"])
        #expect(object["sessionDate"] as? String == "2022-08-02")
        let ruleSet = try #require(object["ruleSet"] as? [String: Any])
        #expect(Set(ruleSet.keys) == ["name", "source", "validFrom", "validUntil"])
        #expect(ruleSet["validUntil"] is NSNull)
        let violations = try #require(object["proxyViolations"] as? [[String: Any]])
        #expect(violations.first?["holder"] as? String == "Laurent DUMAS")
        #expect(violations.first?["count"] as? Int == 2 && violations.first?["max"] as? Int == 1)
        #expect(try JSONDecoder().decode(DeliberationCheck.self, from: data) == result)
    }
}
