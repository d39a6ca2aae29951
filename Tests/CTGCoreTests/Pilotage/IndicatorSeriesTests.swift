import Testing
@testable import CTGCore

@Suite("Pilotage — indicateurs")
struct IndicatorSeriesTests {
    @Test func latestValuePerYear() {
        let series = IndicatorSeries(label: "Ateliers", kind: .count, measurements: [
            IndicatorMeasurement(value: 9, year: 2023, date: PilotageDate(year: 2023, month: 12, day: 31)),
            IndicatorMeasurement(value: 4, year: 2023, date: PilotageDate(year: 2023, month: 6, day: 30)),
            IndicatorMeasurement(value: 2, year: 2022),
            IndicatorMeasurement(value: 3, year: 2022), // same (undated) key: entered later, wins
            IndicatorMeasurement(value: nil, text: "relevé manquant", year: 2022), // nothing to show for a count
        ])
        #expect(series.value(in: 2023) == 9)
        #expect(series.value(in: 2022) == 3)
        #expect(series.value(in: 2024) == nil)
        #expect(series.latestByYear().keys.sorted() == [2022, 2023])
    }

    @Test func targetsMetOrNot() {
        let rate = IndicatorSeries(label: "Satisfaction", kind: .rate, targets: [2023: 80, 2024: 80, 2025: 85],
                                   measurements: [IndicatorMeasurement(value: 75, year: 2023),
                                                  IndicatorMeasurement(value: 80, year: 2024)])
        #expect(rate.assessment(in: 2023) == .notMet)
        #expect(rate.assessment(in: 2024) == .met) // equal meets an "at least" target
        #expect(rate.assessment(in: 2025) == .noValue)
        #expect(rate.assessment(in: 2022) == .noTarget)
        #expect(TargetAssessment.noValue.met == nil)

        let delay = IndicatorSeries(label: "Délai d'attente (jours)", kind: .count, targets: [2024: 30],
                                    direction: .atMost, measurements: [IndicatorMeasurement(value: 25, year: 2024)])
        #expect(delay.assessment(in: 2024) == .met)

        let yesNo = IndicatorSeries(label: "Charte signée", kind: .yes_no, targets: [2024: 1],
                                    measurements: [IndicatorMeasurement(value: 0, year: 2024)])
        #expect(yesNo.assessment(in: 2024) == .notMet)
        #expect(yesNo.displayValue(in: 2024) == "non")
    }

    @Test func qualitativeHasTextAndNoTarget() {
        let q = IndicatorSeries(label: "Ressenti des familles", kind: .qualitative, targets: [2024: 1],
                                measurements: [IndicatorMeasurement(text: "Très positif", periodLabel: "bilan 2024", year: 2024)])
        #expect(q.assessment(in: 2024) == .noTarget)
        #expect(q.displayValue(in: 2024) == "Très positif")
        #expect(q.latest(in: 2024)?.periodLabel == "bilan 2024")
    }

    @Test func frenchDisplay() {
        let rate = IndicatorSeries(label: "Occupation", kind: .rate, measurements: [IndicatorMeasurement(value: 72.5, year: 2024)])
        #expect(rate.displayValue(in: 2024) == "72,5\u{202F}%")
        #expect(rate.format(nil) == nil)
        #expect(rate.years == [2024])
    }
}
