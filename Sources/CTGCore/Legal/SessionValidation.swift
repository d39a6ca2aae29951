import Foundation

/// One defect in recorded séance facts, with a French message for the form.
public struct SessionIssue: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case membership, attendance, proxy, proxyLimit, declaredCount, vote, dates
    }
    public let kind: Kind
    public let message: String
}

/// Form-level validation: any issue means the entry is refused and nothing is saved.
/// The legal check (`DeliberationRules.check`) reports proxy excess as a violation
/// instead, because a register already adopted must still be judged.
public enum SessionValidation {
    public static func validate(facts: SessionFacts, sessionDate: CivilDate) -> [String] {
        issues(facts: facts, sessionDate: sessionDate, ruleSet: RuleBook.ruleSet(on: sessionDate)).map(\.message)
    }

    public static func issues(facts: SessionFacts, sessionDate: CivilDate,
                              ruleSet: QuorumRuleSet) -> [SessionIssue] {
        let tally = SessionTally(facts: facts)
        var found: [SessionIssue] = []
        func add(_ kind: SessionIssue.Kind, _ message: String) { found.append(SessionIssue(kind: kind, message: message)) }

        if facts.membersInOffice <= 0 {
            add(.membership, "Le nombre de membres en exercice doit être supérieur à zéro.")
        } else if facts.attendance.count != facts.membersInOffice {
            add(.membership, "La liste d'émargement compte \(FrenchCount.phrase(facts.attendance.count, "membre")) "
                + "pour \(facts.membersInOffice) membres en exercice.")
        }
        found += attendanceIssues(facts.attendance)
        for holding in tally.proxyHoldings where holding.count > ruleSet.maxProxiesPerHolder {
            add(.proxyLimit, "\(holding.holder) détient \(holding.count) pouvoirs ; le maximum autorisé est de "
                + "\(ruleSet.maxProxiesPerHolder) (\(ruleSet.name)).")
        }
        let declared: [(Int?, Int, String)] = [
            (facts.declaredPresent, tally.present, "présents"),
            (facts.declaredRepresented, tally.represented, "pouvoirs"),
            (facts.declaredVoters, tally.voters, "votants"),
        ]
        for case let (value?, computed, label) in declared where value != computed {
            add(.declaredCount, "Le nombre de \(label) saisi (\(value)) ne correspond pas à la liste d'émargement (\(computed)).")
        }
        found += voteIssues(facts.vote, voters: tally.voters)
        if let convocation = facts.convocationDate, sessionDate < convocation {
            add(.dates, "La séance du \(sessionDate.french) ne peut pas précéder sa convocation du \(convocation.french).")
        }
        return found
    }

    static func voteIssues(_ vote: VoteTally, voters: Int) -> [SessionIssue] {
        let counts = [vote.pour, vote.contre, vote.abstentions, vote.nePrendPasPart]
        if counts.contains(where: { $0 < 0 }) {
            return [SessionIssue(kind: .vote, message: "Les nombres de voix ne peuvent pas être négatifs.")]
        }
        let detail = "pour, contre, abstentions et ne prenant pas part : \(vote.total)"
        if vote.total > voters {
            return [SessionIssue(kind: .vote, message: "Le total des voix (\(detail)) dépasse le nombre de votants (\(voters)).")]
        }
        if vote.total < voters {
            return [SessionIssue(kind: .vote, message: "Le total des voix (\(detail)) est inférieur au nombre de "
                + "votants (\(voters)) : chaque votant doit être compté.")]
        }
        return []
    }

    static func attendanceIssues(_ entries: [AttendanceEntry]) -> [SessionIssue] {
        var found: [SessionIssue] = []
        func add(_ kind: SessionIssue.Kind, _ message: String) { found.append(SessionIssue(kind: kind, message: message)) }
        var byKey: [String: [AttendanceEntry]] = [:]
        var order: [String] = []
        for entry in entries {
            let key = MemberName.key(entry.member)
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(entry)
        }
        for key in order {
            guard let group = byKey[key], group.count > 1 else { continue }
            let name = group[0].member
            let statuses = group.map(\.status)
            if statuses.contains(.present), statuses.contains(.excused) {
                add(.attendance, "\(name) est déclaré à la fois présent et excusé.")
            } else if statuses.contains(.present), case .replacedBySubstitute(let sub)? = statuses.first(where: {
                if case .replacedBySubstitute = $0 { return true } else { return false } }) {
                add(.attendance, "Le suppléant \(sub) ne peut pas siéger pour \(name), qui est présent.")
            } else {
                add(.attendance, "\(name) figure plusieurs fois sur la liste d'émargement.")
            }
        }
        let presentKeys = Set(entries.filter { $0.status == .present }.map { MemberName.key($0.member) })
        let substituteKeys = Set(entries.compactMap { entry -> String? in
            if case .replacedBySubstitute(let sub) = entry.status { return MemberName.key(sub) } else { return nil }
        })
        for entry in entries {
            switch entry.status {
            case .proxyGiven(let holder):
                let key = MemberName.key(holder)
                if key.isEmpty {
                    add(.proxy, "Le pouvoir de \(entry.member) n'indique pas de bénéficiaire.")
                } else if key == MemberName.key(entry.member) {
                    add(.proxy, "\(entry.member) ne peut pas se donner pouvoir à lui-même.")
                } else if byKey[key] == nil && !substituteKeys.contains(key) {
                    add(.proxy, "Le pouvoir de \(entry.member) est donné à \(holder), qui ne figure pas sur la liste d'émargement.")
                } else if !presentKeys.contains(key) && !substituteKeys.contains(key) {
                    add(.proxy, "Le pouvoir de \(entry.member) est donné à \(holder), qui n'est pas présent.")
                }
            case .replacedBySubstitute(let sub):
                if MemberName.key(sub).isEmpty {
                    add(.attendance, "Le nom du suppléant de \(entry.member) est manquant.")
                } else if byKey[MemberName.key(sub)] != nil {
                    add(.attendance, "\(sub) est conseiller titulaire et ne peut pas siéger comme suppléant de \(entry.member).")
                }
            default:
                break
            }
        }
        return found
    }
}
