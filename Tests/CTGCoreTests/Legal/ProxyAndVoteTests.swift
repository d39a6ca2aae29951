import Testing
@testable import CTGCore

@Suite("Pouvoirs")
struct ProxyTests {
    /// (proxies held by one member, séance date, expected violation count)
    static let cases: [(Int, String, Bool)] = [
        (0, "2022-07-31", false), (1, "2022-07-31", false), (2, "2022-07-31", false), (3, "2022-07-31", true),
        (0, "2022-08-01", false), (1, "2022-08-01", false), (2, "2022-08-01", true), (3, "2022-08-01", true),
    ]

    @Test("zero to three proxies on each side of 31 July 2022", arguments: cases)
    func holding(_ held: Int, _ day: String, _ violates: Bool) {
        let date = CivilDate(day)!
        let facts = syntheticFacts(members: 53, present: 30, proxiesToFirst: held)
        let result = DeliberationRules.check(facts: facts, sessionDate: date)
        let max = RuleBook.ruleSet(on: date).maxProxiesPerHolder
        #expect(result.maxProxiesPerHolder == max)
        #expect(result.represented == held)
        #expect(result.proxyViolations == (violates ? [.init(holder: "Présent 0", count: held, max: max)] : []))
        #expect(result.valid == !violates)
        let formErrors = SessionValidation.validate(facts: facts, sessionDate: date)
        #expect(formErrors == (violates
            ? ["Présent 0 détient \(held) pouvoirs ; le maximum autorisé est de \(max) (\(RuleBook.ruleSet(on: date).name))."]
            : []))
    }
}

@Suite("Votes")
struct VoteTests {
    /// 45 votants as at Saint-Eloy; (vote, exprimés, adopted, unanimous)
    static let cases: [(VoteTally, Int, Bool, Bool)] = [
        (VoteTally(pour: 45), 45, true, true),
        (VoteTally(pour: 40, contre: 3, abstentions: 2), 43, true, false),
        (VoteTally(pour: 43, abstentions: 2), 43, true, false),
        (VoteTally(pour: 42, nePrendPasPart: 3), 42, true, true),
        (VoteTally(pour: 20, contre: 21, abstentions: 4), 41, false, false),
        (VoteTally(pour: 21, contre: 20, nePrendPasPart: 4), 41, true, false),
        (VoteTally(pour: 20, contre: 20, abstentions: 3, nePrendPasPart: 2), 40, false, false),
        (VoteTally(pour: 20, contre: 20, abstentions: 5, presidentVote: .pour), 40, true, false),
        (VoteTally(pour: 20, contre: 20, abstentions: 5, presidentVote: .contre), 40, false, false),
        (VoteTally(pour: 20, contre: 20, abstentions: 5, presidentVote: .pour, secretBallot: true), 40, false, false),
        (VoteTally(pour: 0, abstentions: 45), 0, false, false),
        (VoteTally(pour: 0, contre: 45), 45, false, false),
    ]

    @Test("exprimés, absolute majority, ties and unanimity", arguments: cases)
    func outcome(_ vote: VoteTally, _ exprimes: Int, _ adopted: Bool, _ unanimous: Bool) {
        var facts = SaintEloy.facts
        facts.vote = vote
        let result = DeliberationRules.check(facts: facts, sessionDate: SaintEloy.sessionDate)
        #expect(result.voters == 45)
        #expect(result.exprimes == exprimes)
        #expect(result.adopted == adopted)
        #expect(result.unanimous == unanimous)
        #expect(result.valid)
    }

    @Test("tie reasons cite the president's casting vote or the secret ballot")
    func tieReasons() {
        var facts = SaintEloy.facts
        facts.vote = VoteTally(pour: 20, contre: 20, abstentions: 5, presidentVote: .pour)
        let open = DeliberationRules.check(facts: facts, sessionDate: SaintEloy.sessionDate)
        #expect(open.reasons.contains { $0.contains("voix du président est prépondérante") })
        facts.vote.secretBallot = true
        let secret = DeliberationRules.check(facts: facts, sessionDate: SaintEloy.sessionDate)
        #expect(secret.reasons.contains { $0.contains("scrutin secret") })
        #expect(secret.reasons.last == "Délibération régulière, mais rejetée.")
    }
}
