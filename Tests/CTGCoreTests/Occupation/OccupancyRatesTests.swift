import Testing
@testable import CTGCore

@Suite("Occupation — taux")
struct OccupancyRatesTests {
    let agrement = AgrementText.read("lundi-vendredi 07:30-18:30 10\nfermeture 25/03/2024 29/03/2024 Travaux").agrement

    @Test func monthRatesByHand() {
        // Capacity of March 2024: 16 open days × 6 600 = 105 600 place-minutes.
        let rows = [OccupancyMonth(structure: 1, year: 2024, month: 3, weekday: 1, realisedMinutes: 13_200, billedMinutes: 15_840),
                    OccupancyMonth(structure: 1, year: 2024, month: 3, weekday: 5, realisedMinutes: 39_600, billedMinutes: 47_520)]
        let rates = OccupancyRates(rows: rows, agrements: [1: agrement])
        let march = rates.month(2024, 3)
        #expect(march.capacityMinutes == 105_600)
        #expect(march.realisedRate == 50) // 52 800 / 105 600
        #expect(march.billedRate == 60) // 63 360 / 105 600
        // Mondays: 3 open (the 25th is closed) → 19 800; 13 200 / 19 800 = 2/3.
        let monday = rates.cell(year: 2024, month: 3, weekday: 1)
        #expect(monday.capacityMinutes == 19_800)
        #expect(abs((monday.realisedRate ?? 0) - 200.0 / 3) < 1e-9)
        // Fridays: 4 open → 26 400; 39 600 / 26 400 = 150 %.
        #expect(rates.cell(year: 2024, month: 3, weekday: 5).realisedRate == 150)
    }

    @Test func unmeasuredMonthsAddNoCapacity() {
        let rows = [OccupancyMonth(structure: 1, year: 2024, month: 3, weekday: 0, realisedMinutes: 79_200, billedMinutes: 0)]
        let rates = OccupancyRates(rows: rows, agrements: [1: agrement])
        // Only March is measured: 79 200 / 105 600 = 75 %, not diluted by eleven empty months.
        #expect(rates.year(2024).realisedRate == 75)
        #expect(rates.year(2024).billedRate == nil)
        // A monthly declaration has no weekday: the heatmap cells stay unmeasured.
        #expect(rates.cell(year: 2024, month: 3, weekday: 1).realisedRate == nil)
    }

    @Test func territoryAddsStructuresHoursNotRates() {
        let small = AgrementText.read("lundi-vendredi 08:00-18:00 5").agrement
        let rows = [OccupancyMonth(structure: 1, year: 2024, month: 3, weekday: 0, realisedMinutes: 105_600, billedMinutes: 0),
                    OccupancyMonth(structure: 2, year: 2024, month: 3, weekday: 0, realisedMinutes: 0, billedMinutes: 0)]
        let rates = OccupancyRates(rows: rows, agrements: [1: agrement, 2: small])
        // Structure 2: 21 weekdays × 600 min × 5 places = 63 000. Territory: 105 600 / 168 600.
        #expect(rates.month(2024, 3, structure: 2).capacityMinutes == 63_000)
        #expect(abs((rates.month(2024, 3).realisedRate ?? 0) - 105_600.0 / 168_600 * 100) < 1e-9)
    }

    @Test func monthlyHoursForm() {
        let ok = MonthlyHoursInput.read(month: "2024-03", realised: "1 234,5", billed: "")
        #expect(ok.errors.isEmpty && ok.year == 2024 && ok.month == 3)
        #expect(ok.realisedMinutes == 74_070 && ok.billedMinutes == 0)
        let bad = MonthlyHoursInput.read(month: "mars", realised: "-3", billed: "x")
        #expect(bad.errors.count == 3)
    }
}
