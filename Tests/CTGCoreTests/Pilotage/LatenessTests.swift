import Testing
@testable import CTGCore

@Suite("Pilotage — retard")
struct LatenessTests {
    @Test func pastYearsWithoutCompletionAreLate() {
        #expect(Lateness.isLate(plannedYears: [2022, 2023], status: .en_cours, currentYear: 2024))
        #expect(Lateness.isLate(plannedYears: [2022], status: .a_venir, currentYear: 2023))
        #expect(Lateness.isLate(plannedYears: [2023, 2022], status: .en_pause, today: PilotageDate(year: 2024, month: 2, day: 1)))
    }

    @Test func currentOrFuturePlannedYearIsNotLate() {
        #expect(!Lateness.isLate(plannedYears: [2022, 2024], status: .a_venir, currentYear: 2024))
        #expect(!Lateness.isLate(plannedYears: [2025], status: .a_venir, currentYear: 2024))
        #expect(!Lateness.isLate(plannedYears: [2024], status: .en_cours, today: .endOfYear(2024)))
    }

    @Test func unknownYearsAreNeverLate() {
        #expect(!Lateness.isLate(plannedYears: [], status: .a_venir, currentYear: 2030))
        #expect(Lateness.effectiveStatus(plannedYears: [], recorded: .en_cours, currentYear: 2030) == .en_cours)
    }

    @Test func closedStatusesAreNeverLate() {
        #expect(!Lateness.isLate(plannedYears: [2022], status: .realise, currentYear: 2025))
        #expect(!Lateness.isLate(plannedYears: [2022], status: .abandonne, currentYear: 2025))
    }

    @Test func effectiveStatus() {
        #expect(Lateness.effectiveStatus(plannedYears: [2022], recorded: .en_cours, currentYear: 2023) == .en_retard)
        #expect(Lateness.effectiveStatus(plannedYears: [2022], recorded: .en_cours, currentYear: 2022) == .en_cours)
        #expect(Lateness.effectiveStatus(plannedYears: [2022], recorded: .realise, currentYear: 2023) == .realise)
        // Entered by hand, it stays.
        #expect(Lateness.effectiveStatus(plannedYears: [2025], recorded: .en_retard, currentYear: 2023) == .en_retard)
    }

    @Test func pilotageDate() {
        #expect(PilotageDate(year: 2024, month: 2, day: 30).day == 29)
        #expect(PilotageDate(year: 2023, month: 1, day: 1).fractionOfYear == 0)
        #expect(abs(PilotageDate(year: 2023, month: 7, day: 2).fractionOfYear - 182.0 / 365.0) < 1e-12)
        #expect(PilotageDate(year: 2023, month: 12, day: 31) < PilotageDate(year: 2024))
        #expect(PilotageDate(year: 2024, month: 3, day: 5).description == "2024-03-05")
        #expect(PilotageDate(year: 2024, month: 1, day: 1).frenchDescription == "1er janvier 2024")
    }
}
