import Foundation

/// Judges a deliberation against the quorum, proxy and majority rules in force on its date.
public enum DeliberationRules {
    public static func check(facts: SessionFacts, sessionDate: CivilDate) -> DeliberationCheck {
        check(facts: facts, sessionDate: sessionDate, ruleSet: RuleBook.ruleSet(on: sessionDate))
    }

    public static func check(facts: SessionFacts, sessionDate: CivilDate,
                             ruleSet: QuorumRuleSet) -> DeliberationCheck {
        let tally = SessionTally(facts: facts)
        let rule = ruleSet.quorum
        let noQuorum = facts.secondConvocation && ruleSet.secondConvocationLiftsQuorum
        let attending = rule.countsRepresented ? tally.voters : tally.present
        let required = noQuorum ? 0 : rule.required(membersInOffice: facts.membersInOffice)
        let quorumMet = noQuorum || rule.isMet(attending: attending, membersInOffice: facts.membersInOffice)
        let violations = tally.proxyHoldings
            .filter { $0.count > ruleSet.maxProxiesPerHolder }
            .map { DeliberationCheck.ProxyViolation(holder: $0.holder, count: $0.count, max: ruleSet.maxProxiesPerHolder) }
        // Proxy excess is reported once, as a violation; other defects make the facts unreliable.
        let defects = SessionValidation.issues(facts: facts, sessionDate: sessionDate, ruleSet: ruleSet)
            .filter { $0.kind != .proxyLimit }

        var reasons = ["Règles applicables le \(sessionDate.french) : \(ruleSet.name) — \(ruleSet.source)."]
        if noQuorum {
            reasons.append("Seconde convocation : le conseil délibère valablement sans condition de quorum.")
        } else {
            reasons.append((quorumMet ? "Quorum atteint : " : "Quorum non atteint : ")
                + "\(attending) présent\(attending > 1 ? "s" : "") pour \(required) requis "
                + "(\(rule.frenchDescription(membersInOffice: facts.membersInOffice))).")
        }
        if violations.isEmpty {
            let limit = ruleSet.maxProxiesPerHolder == 1 ? "plus d'un pouvoir" : "plus de \(ruleSet.maxProxiesPerHolder) pouvoirs"
            reasons.append("Pouvoirs conformes : aucun membre ne détient \(limit) (\(tally.represented) membre\(tally.represented > 1 ? "s" : "") représenté\(tally.represented > 1 ? "s" : "")).")
        } else {
            for v in violations {
                reasons.append("Pouvoirs irréguliers : \(v.holder) détient \(v.count) pouvoirs pour \(v.max) autorisé\(v.max > 1 ? "s" : "").")
            }
        }
        reasons.append(voteReason(tally))
        reasons += defects.map(\.message)

        let valid = quorumMet && violations.isEmpty && defects.isEmpty
        if valid {
            reasons.append(tally.adopted ? "Délibération régulière et adoptée." : "Délibération régulière, mais rejetée.")
        } else {
            let causes = [(!quorumMet, "quorum non atteint"), (!violations.isEmpty, "pouvoirs en excès"),
                          (!defects.isEmpty, "données de séance incohérentes")].filter(\.0).map(\.1)
            reasons.append("Délibération irrégulière : " + causes.joined(separator: ", ") + ".")
        }

        return DeliberationCheck(
            sessionDate: sessionDate, membersInOffice: facts.membersInOffice, present: tally.present,
            represented: tally.represented, voters: tally.voters, exprimes: tally.exprimes,
            quorumRequired: required, quorumMet: quorumMet, maxProxiesPerHolder: ruleSet.maxProxiesPerHolder,
            proxyViolations: violations, unanimous: tally.unanimous, adopted: tally.adopted, valid: valid,
            ruleSet: DeliberationCheck.RuleSetSummary(ruleSet), reasons: reasons)
    }

    static func voteReason(_ tally: SessionTally) -> String {
        let v = tally.vote
        let counts = "Vote : \(v.pour) pour, \(v.contre) contre, \(v.abstentions) abstention\(v.abstentions > 1 ? "s" : ""), "
            + "\(v.nePrendPasPart) ne prenant pas part ; \(tally.exprimes) suffrage\(tally.exprimes > 1 ? "s" : "") exprimé\(tally.exprimes > 1 ? "s" : "")"
        if tally.exprimes <= 0 {
            return counts + " : aucun suffrage exprimé, la délibération n'est pas adoptée."
        }
        if tally.isTie {
            if v.secretBallot {
                return counts + " : partage égal des voix au scrutin secret, la délibération est rejetée (CGCT L2121-20)."
            }
            return counts + " : partage égal des voix, la voix du président est prépondérante (CGCT L2121-20) ; "
                + (tally.adopted ? "délibération adoptée." : "délibération rejetée.")
        }
        let outcome = tally.adopted ? (tally.unanimous ? "adoptée à l'unanimité" : "adoptée") : "rejetée"
        return counts + ", majorité absolue \(tally.absoluteMajority) : délibération \(outcome)."
    }
}
