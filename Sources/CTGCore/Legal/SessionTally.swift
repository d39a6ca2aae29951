import Foundation

/// Counts derived from the attendance list and the vote, as printed on a register
/// ("En exercice : 53, Présents : 39, Votants : 45").
public struct SessionTally: Hashable, Sendable {
    public struct ProxyHolding: Hashable, Sendable {
        public let holder: String
        public let count: Int
    }

    public let membersInOffice: Int
    public let presentTitulaires: Int
    /// Suppléants sitting with a vote count as present (L5211-6).
    public let sittingSubstitutes: Int
    public let represented: Int
    public let excused: Int
    public let absent: Int
    /// Holders in order of first appearance, so messages follow the register.
    public let proxyHoldings: [ProxyHolding]
    public let vote: VoteTally

    public init(facts: SessionFacts) {
        var present = 0, substitutes = 0, represented = 0, excused = 0, absent = 0
        var order: [String] = []
        var counts: [String: (name: String, count: Int)] = [:]
        for entry in facts.attendance {
            switch entry.status {
            case .present: present += 1
            case .excused: excused += 1
            case .absent: absent += 1
            case .replacedBySubstitute: substitutes += 1
            case .proxyGiven(let holder):
                represented += 1
                let key = MemberName.key(holder)
                if counts[key] == nil { order.append(key) }
                counts[key, default: (holder, 0)].count += 1
            }
        }
        // Report holders under the name written on the attendance list, however the proxy spelled it.
        var listed: [String: String] = [:]
        for entry in facts.attendance where listed[MemberName.key(entry.member)] == nil {
            listed[MemberName.key(entry.member)] = entry.member
        }
        membersInOffice = facts.membersInOffice
        presentTitulaires = present
        sittingSubstitutes = substitutes
        self.represented = represented
        self.excused = excused
        self.absent = absent
        proxyHoldings = order.compactMap { key in
            counts[key].map { ProxyHolding(holder: listed[key] ?? $0.name, count: $0.count) }
        }
        vote = facts.vote
    }

    public var present: Int { presentTitulaires + sittingSubstitutes }
    public var voters: Int { present + represented }
    /// Votants minus abstentions and members who do not take part.
    public var exprimes: Int { voters - vote.abstentions - vote.nePrendPasPart }
    /// Smallest number of "pour" that is an absolute majority of the exprimés.
    public var absoluteMajority: Int { exprimes / 2 + 1 }
    public var unanimous: Bool { vote.pour > 0 && vote.contre == 0 && vote.abstentions == 0 }
    public var isTie: Bool { exprimes > 0 && vote.pour * 2 == exprimes }

    /// Absolute majority of exprimés (L2121-20); in a tie the president's vote decides,
    /// except in a secret ballot where a tie rejects.
    public var adopted: Bool {
        if vote.pour * 2 > exprimes { return exprimes > 0 }
        return isTie && !vote.secretBallot && vote.presidentVote == .pour
    }
}
