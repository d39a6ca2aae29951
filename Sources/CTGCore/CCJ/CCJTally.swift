/// How the seats of one college go to its candidates: a plurinominal vote in one round, each
/// voter choosing at most as many candidates as there are seats; the most votes win. A tie for
/// the last seats is settled by the election's rule, a setting chosen when it is created.
public enum CCJTieRule: String, CaseIterable, Codable, Sendable {
    /// The younger candidate wins (the usual rule of youth councils: it favours the newcomers).
    case youngest = "plus-jeune"
    /// The older candidate wins, as in French municipal elections (Code électoral, art. L. 253).
    case oldest = "plus-age"
    /// No automatic winner: the tied candidates are drawn by lot in public, outside the application.
    case lot = "tirage-au-sort"

    public var label: String {
        switch self {
        case .youngest: return "au bénéfice du candidat le plus jeune"
        case .oldest: return "au bénéfice du candidat le plus âgé"
        case .lot: return "par tirage au sort public entre les ex æquo"
        }
    }

    /// The whole rule, as shown on the election's pages.
    public var statement: String {
        "Scrutin plurinominal à un tour : chaque électeur choisit au plus autant de candidats qu'il y a de sièges "
            + "dans son collège, et les candidats qui recueillent le plus de voix sont élus. "
            + "En cas d'égalité de voix pour le dernier siège, celui-ci est attribué \(label)."
    }
}

public struct CCJCandidateVotes: Equatable, Sendable {
    public var id: Int
    public var votes: Int
    /// Needed by the age rules only; a candidate without one cannot win a tie on age.
    public var birthDate: CivilDate?

    public init(id: Int, votes: Int, birthDate: CivilDate?) {
        self.id = id; self.votes = votes; self.birthDate = birthDate
    }
}

public struct CCJCollegeResult: Equatable, Sendable {
    public enum Outcome: String, Equatable, Sendable {
        case elected, electedByTieRule, undecided, notElected
    }

    /// Candidates by votes, most first; ties in the order the rule ranks them.
    public var ranking: [(id: Int, votes: Int, outcome: Outcome)]
    /// Seats no candidate gets yet: the tie was not settled (lot, or equal birth dates).
    public var openSeats: Int

    public func outcome(of id: Int) -> Outcome? { ranking.first { $0.id == id }?.outcome }
    public var elected: [Int] { ranking.filter { $0.outcome == .elected || $0.outcome == .electedByTieRule }.map(\.id) }

    public static func == (a: CCJCollegeResult, b: CCJCollegeResult) -> Bool {
        a.openSeats == b.openSeats && a.ranking.map(\.id) == b.ranking.map(\.id)
            && a.ranking.map(\.votes) == b.ranking.map(\.votes) && a.ranking.map(\.outcome) == b.ranking.map(\.outcome)
    }
}

public enum CCJTally {
    public static func result(_ candidates: [CCJCandidateVotes], seats: Int, rule: CCJTieRule) -> CCJCollegeResult {
        let byVotes = candidates.sorted { $0.votes != $1.votes ? $0.votes > $1.votes : $0.id < $1.id }
        guard seats > 0 else {
            return CCJCollegeResult(ranking: byVotes.map { ($0.id, $0.votes, .notElected) }, openSeats: 0)
        }
        guard byVotes.count > seats else {
            return CCJCollegeResult(ranking: byVotes.map { ($0.id, $0.votes, .elected) }, openSeats: seats - byVotes.count)
        }
        let threshold = byVotes[seats - 1].votes
        let above = byVotes.filter { $0.votes > threshold }
        let tied = byVotes.filter { $0.votes == threshold }
        let below = byVotes.filter { $0.votes < threshold }
        let left = seats - above.count
        var ranking = above.map { (id: $0.id, votes: $0.votes, outcome: CCJCollegeResult.Outcome.elected) }
        var open = 0
        if tied.count <= left {
            ranking += tied.map { ($0.id, $0.votes, .elected) }
        } else {
            let (ordered, settled) = settle(tied, seats: left, rule: rule)
            for (position, candidate) in ordered.enumerated() {
                let outcome: CCJCollegeResult.Outcome
                if position < settled { outcome = .electedByTieRule }
                else if position < left || settled < left && sameKey(candidate, ordered[settled], rule) { outcome = .undecided }
                else { outcome = .notElected }
                ranking.append((candidate.id, candidate.votes, outcome))
            }
            open = left - settled
        }
        ranking += below.map { ($0.id, $0.votes, .notElected) }
        return CCJCollegeResult(ranking: ranking, openSeats: open)
    }

    /// The tied candidates in the rule's order, and how many of the `seats` the rule settles:
    /// all of them unless the candidates around the last seat cannot be told apart.
    static func settle(_ tied: [CCJCandidateVotes], seats: Int, rule: CCJTieRule) -> ([CCJCandidateVotes], Int) {
        guard rule != .lot else { return (tied, 0) }
        let dated = tied.filter { $0.birthDate != nil }.sorted { a, b in
            let (x, y) = (a.birthDate!, b.birthDate!)
            if x == y { return a.id < b.id }
            return rule == .youngest ? x > y : x < y
        }
        let ordered = dated + tied.filter { $0.birthDate == nil }
        // The seats up to the first one whose holder is indistinguishable from the first loser.
        var settled = 0
        while settled < seats {
            let boundary = ordered[seats]
            if sameKey(ordered[settled], boundary, rule) { break }
            settled += 1
        }
        return (ordered, settled)
    }

    static func sameKey(_ a: CCJCandidateVotes, _ b: CCJCandidateVotes, _ rule: CCJTieRule) -> Bool {
        rule == .lot || a.birthDate == b.birthDate
    }
}
