import CTGCore
import Testing

@Suite struct ItineranceGridTests {
    @Test func countsSessionsPerCommuneAndYear() {
        let grid = ItineranceGrid(sessions: [("Val-Clair", 2024), ("val-clair ", 2025), ("Bourg", 2025), ("Val-Clair", 2024), ("", 2023)])
        #expect(grid.years == [2023, 2024, 2025])
        #expect(grid.rows.map(\.commune) == ["Bourg", "Commune non précisée", "Val-Clair"])
        #expect(grid.rows.map(\.counts) == [[0, 0, 1], [1, 0, 0], [0, 2, 1]])
        #expect(grid.rows.map(\.total) == [1, 1, 3])
        #expect(grid.yearTotals == [1, 2, 2])
    }

    @Test func coverageIsTheTerritoryRateNotAMeanOfCommunes() {
        var registry = ComputedIndicatorRegistry()
        RPESources.register(into: &registry)
        let a = AMFigures(commune: "A", year: 2024, assistants: 2, places: 10, availablePlaces: 0, childrenUnder3: 10)
        let b = AMFigures(commune: "B", year: 2024, assistants: 2, places: 10, availablePlaces: 0, childrenUnder3: 90)
        let none = AMFigures(commune: "C", year: 2024, assistants: 2, places: 50, availablePlaces: 0, childrenUnder3: nil)
        let records = RPESources.coverageRecords(id: "1", figures: a) + RPESources.coverageRecords(id: "2", figures: b)
            + RPESources.coverageRecords(id: "3", figures: none)
        // 20 places for 100 children: 20, where the mean of 100 and 11,1 would give 55,6.
        #expect(registry.evaluate(RPESources.coverage, records: records, year: 2024)?.value == 20)
        #expect(registry.evaluate(RPESources.coverage, records: records, year: 2025)?.value == nil)
    }
}
