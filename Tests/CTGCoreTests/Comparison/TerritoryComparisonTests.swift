import CTGCore
import Testing

@Suite struct TerritoryComparisonTests {
    private func column(_ name: String, axes: [Int], values: [(String, String, Int)] = []) -> TerritoryComparison.Column {
        .init(name: name, departement: "71", period: "2023 – 2026", overall: nil,
              axes: axes.map { .init(number: $0, title: "Axe \($0) de \(name)", progress: Double($0) / 10) },
              lateFiches: [], latestValues: values.map { .init(label: $0.0, ficheCode: $0.1, year: $0.2, value: "1") },
              indicatorCount: values.count)
    }

    @Test func axesLineUpByNumberAndAMissingAxeIsAnEmptyCell() {
        let table = TerritoryComparison(columns: [column("Val", axes: [1, 2, 3]), column("Bocage", axes: [1, 2])])
        #expect(table.columns.map(\.name) == ["Bocage", "Val"])
        #expect(table.axeRows.count == 3)
        #expect(table.axeRows[0].map { $0?.title } == ["Axe 1 de Bocage", "Axe 1 de Val"])
        #expect(table.axeRows[2].map { $0?.title } == [nil, "Axe 3 de Val"])
    }

    @Test func aPlanWithoutAxesStillHasItsColumn() {
        let table = TerritoryComparison(columns: [column("Neuf", axes: [])])
        #expect(table.columns.count == 1)
        #expect(table.axeRows.isEmpty)
    }

    @Test func theMostRecentValuesComeFirstAndOnlyFiveAreShown() {
        let values = [("a", "1-1-1", 2022), ("b", "1-1-2", 2024), ("c", "2-1-1", 2023), ("d", "1-1-1", 2024),
                      ("e", "3-1-1", 2021), ("f", "3-1-2", 2020)]
        let recent = TerritoryComparison.recent(column("Val", axes: [1], values: values))
        #expect(recent.map(\.label) == ["d", "b", "c", "a", "e"])
    }
}
