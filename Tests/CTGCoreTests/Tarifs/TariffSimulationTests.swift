import Testing
@testable import CTGCore

@Suite("Tarifs ALSH — familles types, recettes, dispersion")
struct TariffSimulationTests {
    static let today = TariffGrid(scheme: .brackets([
        QFBracket(lower: 0, upper: 800, prices: [.dayMeal: 1_000, .halfDay: 400]),
        QFBracket(lower: 800, upper: nil, prices: [.dayMeal: 1_500, .halfDay: 600]),
    ]))
    /// 1 % of the QF, between 5 € and 16 €, for the day with meal only.
    static let draft = TariffGrid(scheme: .linear([.dayMeal: LinearRate(rateE4: 10_000, floor: 500, ceiling: 1_600)]))

    @Test func familiesText() throws {
        #expect(try TariffSimulation.families("1 500, 400; 700\n1000, 700").get() == [400, 700, 1_000, 1_500])
        #expect(throws: TariffProblem.self) { try TariffSimulation.families("").get() }
        #expect(throws: TariffProblem.self) { try TariffSimulation.families("400, -700").get() }
        #expect(throws: TariffProblem.self) { try TariffSimulation.families("4OO").get() }
    }

    @Test func cellsInEurosAndPercent() {
        let cells = TariffSimulation.cells(today: Self.today, draft: Self.draft, families: [400, 700, 1_000, 2_000], unit: .dayMeal)
        // QF 400: 10 € today, 5 € (floor) → −5 €, −50 %. QF 700: 10 € → 7 €, −30 %.
        // QF 1 000: 15 € → 10 €, −33,3 %. QF 2 000: 15 € → 16 € (ceiling), +6,67 %.
        #expect(cells.map(\.today) == [1_000, 1_000, 1_500, 1_500])
        #expect(cells.map(\.draft) == [500, 700, 1_000, 1_600])
        #expect(cells.map(\.difference) == [-500, -300, -500, 100])
        #expect(cells[0].percent == -50)
        #expect(cells[1].percent == -30)
        #expect(abs((cells[3].percent ?? 0) - 6.6667) < 0.001)
        let halfDay = TariffSimulation.cells(today: Self.today, draft: Self.draft, families: [400], unit: .halfDay)
        #expect(halfDay[0].today == 400 && halfDay[0].draft == nil && halfDay[0].difference == nil)
    }

    @Test func revenueEffectByBracket() {
        // Bracket 0 (QF 0–799, taken at 399 → 5 €… no: 1 % × 399 = 3,99 € → floor 5 €): 100 days.
        // Bracket 1 (800 and more, taken at 800 → 8 €): 50 days; 20 half-days the draft does not price.
        let attendance: TariffSimulation.Attendance = [0: [.dayMeal: 100], 1: [.dayMeal: 50, .halfDay: 20]]
        let revenue = TariffSimulation.revenue(today: Self.today, draft: Self.draft, attendance: attendance)
        #expect(revenue == .init(today: 100 * 1_000 + 50 * 1_500, draft: 100 * 500 + 50 * 800, unpriced: 20))
        #expect(revenue?.difference == -85_000)
        #expect(TariffSimulation.revenue(today: Self.today, draft: Self.draft, attendance: [:]) == nil)
        #expect(TariffSimulation.revenue(today: Self.draft, draft: Self.today, attendance: [0: [.dayMeal: 1]]) == nil)
    }

    @Test func coefficientOfVariationByHand() {
        // 8, 10, 12 €: mean 10, population variance (4 + 0 + 4) / 3, sd 1,63299 → 16,33 %.
        #expect(abs((TariffDispersion.coefficient([800, 1_000, 1_200]) ?? 0) - 16.3299) < 0.001)
        #expect(TariffDispersion.coefficient([900, 900]) == 0)
        #expect(TariffDispersion.coefficient([900]) == nil)
        #expect(TariffDispersion.coefficient([0, 0]) == nil)
    }

    @Test func dispersionPointsAndSentence() {
        let points = TariffDispersion.points(grids: [("A", Self.today), ("B", Self.draft)], families: [700, 2_000], unit: .dayMeal)
        // QF 700: 10 € and 7 € → mean 8,5, sd 1,5 → 17,65 %. QF 2 000: 15 € and 16 € → sd 0,5 / 15,5 → 3,23 %.
        #expect(abs((points[0].coefficient ?? 0) - 17.647) < 0.01)
        #expect(abs((points[1].coefficient ?? 0) - 3.2258) < 0.01)
        #expect(TariffDispersion.sentence(points[0]) == "QF 700 : 17,6\u{202F}% (A 10,00\u{A0}€, B 7,00\u{A0}€)")
    }

    @Test func chartDrawsEveryGridAndTheDraft() {
        let svg = TariffChart.svg(series: [.init(name: "Les <Mômes>", grid: Self.today)], draft: Self.draft, unit: .dayMeal, title: "Prix")
        #expect(svg.contains("<title>Les &lt;Mômes&gt;</title>"))
        #expect(svg.contains("Grille harmonisée (projet)"))
        #expect(svg.components(separatedBy: "<path").count == 3)
        #expect(TariffChart.chartMaxQF([Self.draft]) == 2_000) // ceiling reached at QF 1 600, rounded up past it
    }
}
