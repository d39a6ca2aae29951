import CTGCore
import Testing

/// The seats of a college: most votes win, and each tie rule settles (or leaves open) the last seat.
@Suite struct CCJTallyTests {
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }
    static let older = day("2011-03-01"), younger = day("2012-09-15")

    @Test func theMostVotesWin() {
        let result = CCJTally.result([
            .init(id: 1, votes: 12, birthDate: Self.older), .init(id: 2, votes: 30, birthDate: Self.older),
            .init(id: 3, votes: 7, birthDate: Self.younger), .init(id: 4, votes: 19, birthDate: Self.younger),
        ], seats: 2, rule: .youngest)
        #expect(result.ranking.map(\.id) == [2, 4, 1, 3])
        #expect(result.elected == [2, 4])
        #expect(result.outcome(of: 1) == .notElected)
        #expect(result.openSeats == 0)
    }

    @Test func aTieForTheLastSeatGoesToTheYoungerOrTheOlder() {
        let candidates: [CCJCandidateVotes] = [
            .init(id: 1, votes: 20, birthDate: Self.older),
            .init(id: 2, votes: 10, birthDate: Self.older),
            .init(id: 3, votes: 10, birthDate: Self.younger),
            .init(id: 4, votes: 3, birthDate: Self.younger),
        ]
        let young = CCJTally.result(candidates, seats: 2, rule: .youngest)
        #expect(young.elected == [1, 3])
        #expect(young.outcome(of: 3) == .electedByTieRule)
        #expect(young.outcome(of: 2) == .notElected)
        let old = CCJTally.result(candidates, seats: 2, rule: .oldest)
        #expect(old.elected == [1, 2])
        #expect(old.outcome(of: 3) == .notElected)
    }

    @Test func aTieInsideTheSeatsNeedsNoRule() {
        let result = CCJTally.result([
            .init(id: 1, votes: 5, birthDate: nil), .init(id: 2, votes: 5, birthDate: nil), .init(id: 3, votes: 1, birthDate: nil),
        ], seats: 2, rule: .lot)
        #expect(result.elected == [1, 2])
        #expect(result.ranking.allSatisfy { $0.outcome != .undecided })
    }

    @Test func drawingLotsLeavesTheSeatOpen() {
        let result = CCJTally.result([
            .init(id: 1, votes: 9, birthDate: Self.older), .init(id: 2, votes: 4, birthDate: Self.older),
            .init(id: 3, votes: 4, birthDate: Self.younger), .init(id: 4, votes: 4, birthDate: Self.younger),
        ], seats: 2, rule: .lot)
        #expect(result.elected == [1])
        #expect(result.openSeats == 1)
        #expect([2, 3, 4].allSatisfy { result.outcome(of: $0) == .undecided })
    }

    @Test func twinsAtTheBoundaryStayUndecided() {
        // Three tied for two seats; the youngest wins one, the two born the same day share the last.
        let twin = Self.day("2011-06-06")
        let result = CCJTally.result([
            .init(id: 1, votes: 6, birthDate: twin), .init(id: 2, votes: 6, birthDate: Self.younger),
            .init(id: 3, votes: 6, birthDate: twin),
        ], seats: 2, rule: .youngest)
        #expect(result.elected == [2])
        #expect(result.outcome(of: 1) == .undecided)
        #expect(result.outcome(of: 3) == .undecided)
        #expect(result.openSeats == 1)
    }

    @Test func aCandidateWithoutBirthDateLosesAnAgeTie() {
        let result = CCJTally.result([
            .init(id: 1, votes: 2, birthDate: nil), .init(id: 2, votes: 2, birthDate: Self.older),
        ], seats: 1, rule: .youngest)
        #expect(result.elected == [2])
        #expect(result.outcome(of: 1) == .notElected)
    }

    @Test func fewerCandidatesThanSeatsAreAllElected() {
        let result = CCJTally.result([.init(id: 7, votes: 0, birthDate: nil)], seats: 3, rule: .youngest)
        #expect(result.elected == [7])
        #expect(result.openSeats == 2)
    }

    @Test func ballotsAreCheckedAgainstSeatsAndCandidates() throws {
        #expect(try CCJBallot.choices([3, 1, 3], candidates: [1, 2, 3], seats: 2).get() == [1, 3])
        #expect(try CCJBallot.choices([], candidates: [1, 2], seats: 2).get() == [])
        guard case .failure(let tooMany) = CCJBallot.choices([1, 2, 3], candidates: [1, 2, 3], seats: 2) else {
            Issue.record("three choices for two seats accepted"); return
        }
        #expect(tooMany.message == "Vous avez choisi 3 candidats alors que votre collège élit 2 représentants : retirez-en 1.")
        guard case .failure = CCJBallot.choices([9], candidates: [1, 2], seats: 2) else {
            Issue.record("a candidate of another college accepted"); return
        }
    }

    @Test func turnoutIsBallotsOverVoters() {
        #expect(CCJTurnout(ballots: 40, voters: 70).percent == "57,1 %")
        #expect(CCJTurnout(ballots: 35, voters: 70).percent == "50 %")
        #expect(CCJTurnout(ballots: 0, voters: 0).rate == nil)
        #expect((CCJTurnout(ballots: 1, voters: 4) + CCJTurnout(ballots: 2, voters: 4)).percent == "37,5 %")
    }
}
