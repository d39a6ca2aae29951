/// One voter's choices in their college, checked before anything is written.
public enum CCJBallot {
    /// The chosen candidates (duplicates dropped), or a French refusal. An empty ballot is a
    /// blank vote: it counts in the turnout and for no candidate.
    public static func choices(_ chosen: [Int], candidates: Set<Int>, seats: Int) -> Result<[Int], CCJRefusal> {
        let distinct = Array(Set(chosen)).sorted()
        if distinct.contains(where: { !candidates.contains($0) }) {
            return .failure(CCJRefusal("Ce bulletin nomme un candidat qui ne se présente pas dans votre collège : rechargez la page et votez à nouveau."))
        }
        guard distinct.count <= seats else {
            return .failure(CCJRefusal("Vous avez choisi \(distinct.count) candidats alors que votre collège élit \(FrenchPlural.count(seats, "représentant")) : retirez-en \(distinct.count - seats)."))
        }
        return .success(distinct)
    }
}

/// A French sentence refusing what a voter or organiser typed.
public struct CCJRefusal: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// "1 représentant", "3 représentants".
enum FrenchPlural {
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n > 1 ? "s" : "")" }
}

/// The share of a college's (or an election's) registered young people who voted.
public struct CCJTurnout: Equatable, Sendable {
    public var ballots: Int
    public var voters: Int

    public init(ballots: Int, voters: Int) { self.ballots = ballots; self.voters = voters }

    /// Nil when no voter is registered: a rate of nothing is not 0 %.
    public var rate: Double? { voters > 0 ? Double(ballots) / Double(voters) : nil }

    /// "57,1 %" (one decimal, French comma), or "—".
    public var percent: String {
        guard let rate else { return "—" }
        let tenths = Int((rate * 1000).rounded())
        let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
        return text + " %"
    }

    public static func + (a: CCJTurnout, b: CCJTurnout) -> CCJTurnout {
        CCJTurnout(ballots: a.ballots + b.ballots, voters: a.voters + b.voters)
    }
}

/// The mandate of the elected council: two years, then the body is renewed.
public enum CCJMandate {
    public static let years = 2
    /// How long before the renewal date the pages start flagging it.
    public static let warningDays = 90

    /// Two years after `start`; 29 February gives 28 February when the year has none.
    public static func renewal(after start: CivilDate) -> CivilDate {
        let year = start.year + years
        let day = min(start.day, CivilDate.daysIn(month: start.month, year: year))
        return CivilDate(year: year, month: start.month, day: day) ?? start
    }

    public enum State: Equatable, Sendable {
        case running(daysLeft: Int), dueSoon(daysLeft: Int), overdue(days: Int)
    }

    public static func state(start: CivilDate, today: CivilDate) -> State {
        let left = renewal(after: start).dayNumber - today.dayNumber
        if left < 0 { return .overdue(days: -left) }
        return left <= warningDays ? .dueSoon(daysLeft: left) : .running(daysLeft: left)
    }
}
