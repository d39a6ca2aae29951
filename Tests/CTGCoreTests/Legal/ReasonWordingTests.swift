import Testing
@testable import CTGCore

/// The reasons are shown to élus as they are: they must read as French.
@Suite struct ReasonWordingTests {
    @Test func oneProxyAllowedReadsAsPlusDUnPouvoir() {
        let facts = syntheticFacts(members: 30, present: 20, proxiesToFirst: 1)
        let check = DeliberationRules.check(facts: facts, sessionDate: CivilDate("2023-03-01")!)
        #expect(check.reasons.contains { $0.contains("ne détient plus d'un pouvoir") })
        #expect(!check.reasons.contains { $0.contains("plus de 1 pouvoir") })
    }

    @Test func twoProxiesAllowedReadsAsPlusDeDeuxPouvoirs() {
        let check = DeliberationRules.check(facts: SaintEloy.facts, sessionDate: SaintEloy.sessionDate)
        #expect(check.reasons.contains { $0.contains("ne détient plus de 2 pouvoirs") })
    }
}
