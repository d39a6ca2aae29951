import CTGCore
import Testing

/// Voting codes: unambiguous alphabet, a check character that refuses typos before any lookup.
@Suite struct CCJCodeTests {
    struct Counter: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state }
    }

    @Test func generatedCodesReadBackAndAvoidAmbiguousCharacters() throws {
        var rng = Counter(state: 42)
        for _ in 0..<500 {
            let code = VotingCode.generate(using: &rng)
            #expect(code.count == 9)
            #expect(!code.contains { "01ILOU".contains($0) })
            #expect(try VotingCode.read(code).get() == code)
            #expect(try VotingCode.read(VotingCode.display(code).lowercased()).get() == code)
        }
    }

    @Test func theCheckCharacterIsLuhnModThirty() {
        // Worked by hand: payload "22222222" has index 0 everywhere, so the sum is 0 and the check is alphabet[0].
        #expect(VotingCode.checkCharacter(for: "22222222") == "2")
        // "22222223": the rightmost symbol (index 1) is doubled: 2, so the check is alphabet[30 - 2] = "Y".
        #expect(VotingCode.checkCharacter(for: "22222223") == "Y")
        #expect(VotingCode.display("ABCDEFGH2") == "ABC-DEF-GH2")
    }

    @Test func everySingleTypoIsRefused() throws {
        var rng = Counter(state: 7)
        let code = VotingCode.generate(using: &rng)
        for position in 0..<code.count {
            for replacement in VotingCode.alphabet where replacement != Array(code)[position] {
                var typo = Array(code)
                typo[position] = replacement
                #expect(VotingCode.read(String(typo)) == .failure(.checkFailed))
            }
        }
    }

    @Test func unreadableInputGetsAFrenchReason() {
        #expect(VotingCode.read("  ") == .failure(.empty))
        #expect(VotingCode.read("ABC-DEF") == .failure(.wrongLength(6)))
        #expect(VotingCode.read("ABC-DEF-G0H") == .failure(.unknownCharacter("0")))
        #expect(VotingCode.Problem.unknownCharacter("O").message.contains("« O » n'existe pas"))
    }

    @Test func theMandateIsRenewedAfterTwoYears() {
        let start = CivilDate("2026-03-20")!
        #expect(CCJMandate.renewal(after: start) == CivilDate("2028-03-20"))
        #expect(CCJMandate.renewal(after: CivilDate("2024-02-29")!) == CivilDate("2026-02-28"))
        #expect(CCJMandate.state(start: start, today: CivilDate("2027-01-01")!) == .running(daysLeft: 444))
        #expect(CCJMandate.state(start: start, today: CivilDate("2028-03-10")!) == .dueSoon(daysLeft: 10))
        #expect(CCJMandate.state(start: start, today: CivilDate("2028-03-22")!) == .overdue(days: 2))
    }

    @Test func theVoteIsOpenOnItsDaysOnly() {
        let window = CCJVotingWindow(opens: CivilDate("2026-03-16")!, closes: CivilDate("2026-03-20")!)!
        #expect(window.state(on: CivilDate("2026-03-15")!) == .notYet)
        #expect(window.refusal(on: CivilDate("2026-03-16")!) == nil)
        #expect(window.refusal(on: CivilDate("2026-03-20")!) == nil)
        #expect(window.refusal(on: CivilDate("2026-03-21")!)?.hasPrefix("Le vote est clos depuis le 20/03/2026") == true)
        #expect(CCJVotingWindow(opens: CivilDate("2026-03-20")!, closes: CivilDate("2026-03-16")!) == nil)
    }

    @Test func votersAreCountedByAgeWithoutNames() throws {
        #expect(try CCJVoterRoll.parse("11 : 24\n12 ans : 30; 13:5").get() == [11: 24, 12: 30, 13: 5])
        #expect(CCJVoterRoll.describe([13: 5, 11: 24]) == "11 ans : 24 ; 13 ans : 5")
        guard case .failure(let old) = CCJVoterRoll.parse("30 : 4") else { Issue.record("30 ans accepté"); return }
        #expect(old.message.contains("30 ans"))
        guard case .failure = CCJVoterRoll.parse("douze : 4") else { Issue.record("texte accepté"); return }
        guard case .failure = CCJVoterRoll.parse("12 : 4\n12 : 5") else { Issue.record("âge en double accepté"); return }
    }
}
