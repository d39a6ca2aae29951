import Testing
@testable import CTGCore

@Suite("Pilotage — graphique d'indicateur")
struct ChartRendererTests {
    let series = IndicatorSeries(
        label: "Taux d'occupation « crèche » & RAM", kind: .rate, baseline: 60, targets: [2024: 80, 2025: 85],
        measurements: [IndicatorMeasurement(value: 62.5, year: 2022), IndicatorMeasurement(value: 70, year: 2023),
                       IndicatorMeasurement(value: 81.25, year: 2024)])

    @Test func wellFormedWithFrenchLabels() throws {
        let svg = ChartRenderer.svg(series: series, years: 2022...2025)
        let probe = PilotageXMLProbe(svg)
        #expect(probe.wellFormed, "\(probe.error ?? "")")
        #expect(probe.rootAttributes["role"] == "img")
        let ids = try #require(probe.rootAttributes["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(ids.map { probe.ids[$0] } == ["title", "desc"])
        #expect(probe.titleText == "Taux d'occupation « crèche » & RAM")
        #expect(svg.contains("Taux d&apos;occupation « crèche » &amp; RAM"))
        let text = probe.allText
        #expect(text.contains("62,5\u{202F}%"))
        #expect(text.contains("81,3\u{202F}%")) // one decimal for rates
        #expect(text.contains("100\u{202F}%")) // top tick: max 85 → steps of 25
        #expect(text.contains("référence : 60\u{202F}%"))
        #expect(text.contains("Cible 2025 : 85\u{202F}%"))
        #expect(probe.descText.contains("2025 : non mesuré (cible 85\u{202F}%)"))
        #expect(probe.elementCounts["circle", default: 0] >= 3)
    }

    @Test func overridesAndEmptySeries() {
        let svg = ChartRenderer.svg(series: series, baseline: 50, targets: [:], title: "Autre titre")
        let probe = PilotageXMLProbe(svg)
        #expect(probe.wellFormed)
        #expect(probe.titleText == "Autre titre")
        #expect(probe.allText.contains("référence : 50\u{202F}%"))
        #expect(!probe.allText.contains("Cible 2025"))

        let empty = IndicatorSeries(label: "Vide", kind: .count)
        let emptyProbe = PilotageXMLProbe(ChartRenderer.svg(series: empty, idPrefix: "c2"))
        #expect(emptyProbe.wellFormed)
        #expect(emptyProbe.allText.contains("Aucune valeur mesurée."))

        let yesNo = IndicatorSeries(label: "Charte", kind: .yes_no, measurements: [IndicatorMeasurement(value: 1, year: 2024)])
        let yesNoText = PilotageXMLProbe(ChartRenderer.svg(series: yesNo)).allText
        #expect(yesNoText.contains("oui") && yesNoText.contains("non"))
    }

    @Test func countTicksAreWholeNumbers() {
        #expect(ChartScale(values: [0, 7], kind: .count).ticks == [0, 2, 4, 6, 8])
        #expect(ChartScale(values: [0, 1234], kind: .count).ticks.last == 1500)
        #expect(ChartScale(values: [0, 0.3], kind: .rate).ticks.last == 1)
        #expect(ChartScale(values: [10, 85], kind: .rate).ticks == [0, 25, 50, 75, 100])
    }

    @Test func dataTable() {
        let table = ChartRenderer.table(series: series, years: 2022...2025)
        #expect(table.headers == ["Année", "Valeur", "Cible", "Cible atteinte"])
        #expect(table.rows.map(\.year) == [2022, 2023, 2024, 2025])
        #expect(table.rows[2].value == "81,3\u{202F}%")
        #expect(table.rows[2].target == "80\u{202F}%")
        #expect(table.rows[2].met == "oui")
        #expect(table.rows[3].value == "—")
        #expect(table.rows[3].met == "—")
        #expect(table.rows[0].met == "—")
        #expect(table.baselineNote == "Valeur de référence : 60\u{202F}%")
    }
}
