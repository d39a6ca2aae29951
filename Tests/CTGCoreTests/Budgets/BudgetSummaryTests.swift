import CTGCore
import Testing

@Suite struct BudgetSummaryTests {
    @Test func addsUpPerFinanceurAndAxe() {
        let summary = BudgetSummary.build([
            .init(axe: "Axe 1", financeur: "CAF", plannedCents: 10_000_00, spentCents: 4_000_00),
            .init(axe: "Axe 2", financeur: "CAF", plannedCents: 5_000_00, spentCents: nil),
            .init(axe: "Axe 2", financeur: "Commune", plannedCents: 2_000_00, spentCents: 2_500_00),
        ], axeOrder: ["Axe 1", "Axe 2", "Axe 3"])
        // By hand: CAF 15 000 planned, 4 000 spent; Commune 2 000 / 2 500; total 17 000 / 6 500.
        #expect(summary.financeurs.map(\.name) == ["CAF", "Commune"])
        #expect(summary.financeurs[0].amounts.plannedCents == 15_000_00)
        #expect(summary.financeurs[0].amounts.spentCents == 4_000_00)
        #expect(summary.axes.map(\.name) == ["Axe 1", "Axe 2"])
        #expect(summary.axes[1].amounts.plannedCents == 7_000_00)
        #expect(summary.total.plannedText == "17\u{202F}000,00\u{A0}€")
        #expect(summary.total.spentText == "6\u{202F}500,00\u{A0}€")
        // 6 500 / 17 000 = 38,2 % → "38 %"; the Commune spent 125 %.
        #expect(summary.total.rateText == "38\u{202F}%")
        #expect(summary.financeurs[1].amounts.rateText == "125\u{202F}%")
        #expect(summary.cells.map { "\($0.axe)/\($0.financeur)" } == ["Axe 1/CAF", "Axe 2/CAF", "Axe 2/Commune"])
    }

    @Test func unknownSpentIsADash() {
        var amounts = BudgetAmounts()
        amounts.add(planned: 100, spent: nil)
        #expect(amounts.spentText == "—")
        #expect(amounts.rateText == "—")
        amounts.add(planned: 100, spent: 0)
        #expect(amounts.spentText == "0,00\u{A0}€")
        #expect(amounts.rateText == "0\u{202F}%")
    }
}
