import Testing
@testable import CTGCore

@Suite("Table des régimes de quorum")
struct RuleBookTests {
    static let boundaries: [(String, String)] = [
        ("2020-03-23", "cgct-droit-commun"),
        ("2020-03-24", "covid-loi-2020-290"),
        ("2020-07-10", "covid-loi-2020-290"),
        ("2020-07-11", "covid-loi-2020-290"),
        ("2020-08-30", "covid-loi-2020-290"),
        ("2020-08-31", "cgct-droit-commun"),
        ("2020-11-15", "cgct-droit-commun"),
        ("2020-11-16", "covid-loi-2020-1379"),
        ("2021-06-01", "covid-loi-2020-1379"),
        ("2021-09-30", "covid-loi-2020-1379"),
        ("2021-10-01", "cgct-droit-commun"),
        ("2021-11-09", "cgct-droit-commun"),
        ("2021-11-10", "covid-loi-2021-1465"),
        ("2022-06-07", "covid-loi-2021-1465"),
        ("2022-07-31", "covid-loi-2021-1465"),
        ("2022-08-01", "cgct-droit-commun"),
        ("2022-08-02", "cgct-droit-commun"),
    ]

    @Test("picks the regime in force on each side of every boundary", arguments: boundaries)
    func inForce(_ day: String, _ expectedID: String) throws {
        let date = try #require(CivilDate(day))
        #expect(RuleBook.ruleSet(on: date).id == expectedID)
    }

    @Test("common law: strict majority of present members, one proxy")
    func commonLaw() {
        let set = RuleBook.commonLaw
        #expect(set.quorum == QuorumRule(numerator: 1, denominator: 2, strict: true, countsRepresented: false))
        #expect(set.maxProxiesPerHolder == 1)
        #expect(set.source.contains("L2121-17") && set.source.contains("L2121-20") && set.source.contains("L5211-1"))
    }

    @Test("each derogation: one third present, two proxies, closed and non-overlapping dates")
    func derogations() throws {
        let sets = RuleBook.derogations
        #expect(sets.count == 3)
        for set in sets {
            #expect(set.quorum == QuorumRule(numerator: 1, denominator: 3, strict: false, countsRepresented: false))
            #expect(set.maxProxiesPerHolder == 2)
            let from = try #require(set.validFrom)
            let until = try #require(set.validUntil)
            #expect(from <= until)
            #expect(set.source.contains("Loi n°"))
        }
        for (a, b) in zip(sets, sets.dropFirst()) {
            #expect(a.validUntil! < b.validFrom!)
        }
        #expect(sets.last?.validUntil == CivilDate("2022-07-31"))
    }

    @Test("when sets overlap, the latest-starting one wins")
    func latestStartWins() throws {
        let rule = QuorumRule(numerator: 1, denominator: 3, strict: false, countsRepresented: false)
        let older = QuorumRuleSet(id: "a", name: "A", source: "s", validFrom: CivilDate("2022-01-01"),
                                  validUntil: CivilDate("2022-12-31"), quorum: rule, maxProxiesPerHolder: 2)
        let newer = QuorumRuleSet(id: "b", name: "B", source: "s", validFrom: CivilDate("2022-06-01"),
                                  validUntil: CivilDate("2022-06-30"), quorum: rule, maxProxiesPerHolder: 3)
        let sets = [RuleBook.commonLaw, newer, older]
        #expect(RuleBook.ruleSet(on: CivilDate("2022-06-15")!, in: sets).id == "b")
        #expect(RuleBook.ruleSet(on: CivilDate("2022-07-01")!, in: sets).id == "a")
        #expect(RuleBook.ruleSet(on: CivilDate("2023-01-01")!, in: sets).id == "cgct-droit-commun")
        #expect(RuleBook.ruleSet(on: CivilDate("2023-01-01")!, in: [older]).id == "cgct-droit-commun")
    }
}

@Suite("Calcul du quorum")
struct QuorumTests {
    static let majority = RuleBook.commonLaw.quorum
    static let third = RuleBook.derogations[0].quorum

    static let thresholds: [(QuorumRule, Int, Int, Bool)] = [
        (majority, 53, 27, true), (majority, 53, 26, false),
        (majority, 54, 28, true), (majority, 54, 27, false),
        (third, 53, 18, true), (third, 53, 17, false),
        (third, 54, 18, true), (third, 54, 17, false),
        (third, 9, 3, true), (third, 9, 2, false),
        (majority, 1, 1, true), (majority, 1, 0, false),
    ]

    @Test("exactly at the threshold passes, one below fails", arguments: thresholds)
    func threshold(_ rule: QuorumRule, _ members: Int, _ attending: Int, _ met: Bool) {
        #expect(rule.isMet(attending: attending, membersInOffice: members) == met)
    }

    @Test("required count: 27 and 18 of 53, 28 and 18 of 54")
    func required() {
        #expect(Self.majority.required(membersInOffice: 53) == 27)
        #expect(Self.majority.required(membersInOffice: 54) == 28)
        #expect(Self.third.required(membersInOffice: 53) == 18)
        #expect(Self.third.required(membersInOffice: 54) == 18)
        #expect(Self.third.required(membersInOffice: 55) == 19)
    }

    static let sessions: [(String, Int, Bool, Int)] = [
        ("2022-07-31", 18, true, 18), ("2022-07-31", 17, false, 18),
        ("2022-08-01", 27, true, 27), ("2022-08-01", 26, false, 27),
    ]

    @Test("check() applies the regime of the day to 53 members", arguments: sessions)
    func sessionQuorum(_ day: String, _ present: Int, _ met: Bool, _ required: Int) {
        let result = DeliberationRules.check(facts: syntheticFacts(members: 53, present: present),
                                             sessionDate: CivilDate(day)!)
        #expect(result.quorumMet == met)
        #expect(result.quorumRequired == required)
        #expect(result.valid == met)
    }

    @Test("represented members do not make the quorum")
    func proxiesDoNotCount() {
        let facts = syntheticFacts(members: 53, present: 17, proxiesToFirst: 2)
        let result = DeliberationRules.check(facts: facts, sessionDate: CivilDate("2022-07-31")!)
        #expect(result.voters == 19)
        #expect(!result.quorumMet)
        let counting = QuorumRuleSet(id: "x", name: "X", source: "s", validFrom: nil, validUntil: nil,
                                     quorum: QuorumRule(numerator: 1, denominator: 3, strict: false, countsRepresented: true),
                                     maxProxiesPerHolder: 2)
        #expect(DeliberationRules.check(facts: facts, sessionDate: CivilDate("2022-07-31")!, ruleSet: counting).quorumMet)
    }

    @Test("a second convocation lifts the quorum")
    func secondConvocation() {
        var facts = syntheticFacts(members: 53, present: 5)
        facts.secondConvocation = true
        let result = DeliberationRules.check(facts: facts, sessionDate: CivilDate("2022-08-01")!)
        #expect(result.quorumMet && result.quorumRequired == 0 && result.valid)
        #expect(result.reasons.contains { $0.contains("Seconde convocation") })
    }
}
