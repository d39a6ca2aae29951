import CTGCore
import Testing

@Suite struct JournalPeriodTests {
    @Test func emptyEndsMeanNoLimit() throws {
        let period = try JournalPeriod.read(from: "", to: nil).get()
        #expect(period == JournalPeriod())
        #expect(period.endExclusive == nil)
    }

    @Test func readsBothWritingsAndIncludesTheEndDay() throws {
        let period = try JournalPeriod.read(from: "01/02/2026", to: "2026-02-28").get()
        #expect(period.from == CivilDate(year: 2026, month: 2, day: 1))
        #expect(period.endExclusive == CivilDate(year: 2026, month: 3, day: 1))
    }

    @Test func refusesADayThatDoesNotExist() {
        guard case .failure(let refusal) = JournalPeriod.read(from: "31/02/2026", to: nil) else {
            Issue.record("31/02/2026 was accepted"); return
        }
        #expect(refusal.reasons == ["La date de début « 31/02/2026 » n'existe pas ou ne s'écrit pas JJ/MM/AAAA ou AAAA-MM-JJ."])
    }

    @Test func refusesAnEndBeforeTheStart() {
        guard case .failure(let refusal) = JournalPeriod.read(from: "10/03/2026", to: "09/03/2026") else {
            Issue.record("an end before the start was accepted"); return
        }
        #expect(refusal.reasons == ["La date de fin (09/03/2026) précède la date de début (10/03/2026)."])
    }

    @Test func refusesWordsAtEitherEnd() {
        guard case .failure(let refusal) = JournalPeriod.read(from: "hier", to: "demain") else {
            Issue.record("words were accepted"); return
        }
        #expect(refusal.reasons.count == 2)
    }
}
