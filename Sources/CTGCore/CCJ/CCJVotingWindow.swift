/// The days an election's vote is open, both inclusive (days in the territory's time, as
/// announced in class): before, the page says when it opens; after, the results are published.
public struct CCJVotingWindow: Equatable, Sendable {
    public var opens: CivilDate
    public var closes: CivilDate

    public enum State: Equatable, Sendable { case notYet, open, closed }

    public init?(opens: CivilDate, closes: CivilDate) {
        guard opens <= closes else { return nil }
        self.opens = opens; self.closes = closes
    }

    public func state(on today: CivilDate) -> State {
        today < opens ? .notYet : today > closes ? .closed : .open
    }

    /// Why a ballot is refused on `today`, in French; nil while the vote is open.
    public func refusal(on today: CivilDate) -> String? {
        switch state(on: today) {
        case .open: return nil
        case .notYet: return "Le vote n'est pas encore ouvert : il aura lieu du \(opens.french) au \(closes.french). Gardez votre code jusque-là."
        case .closed: return "Le vote est clos depuis le \(closes.french) au soir : votre bulletin ne peut plus être reçu. Les résultats sont publiés sur la page de l'élection."
        }
    }
}
