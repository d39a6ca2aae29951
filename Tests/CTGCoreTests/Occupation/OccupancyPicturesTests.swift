import Testing
@testable import CTGCore

@Suite("Occupation — carte de chaleur et courbe")
struct OccupancyPicturesTests {
    @Test func heatmapWritesEachCell() {
        let svg = OccupancyHeatmap.svg(rates: [1: [3: 66.7], 3: [3: 31]], year: 2024, title: "Essai")
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("lundi, mars 2024 : 66,7\u{202F}%"))
        #expect(svg.contains(">31\u{202F}%</text>"))
        #expect(svg.contains("mercredi : mars 31\u{202F}%")) // the description, for screen readers
        #expect(!svg.contains("mardi")) // weekdays without data take no row
    }

    @Test func darkCellsGetWhiteText() {
        #expect(OccupancyHeatmap.colours(90).ink == "#FFFFFF")
        #expect(OccupancyHeatmap.colours(10).ink != "#FFFFFF")
        #expect(OccupancyHeatmap.colours(nil).fill == "#F2F3F5")
    }

    @Test func lineChartDrawsThresholdAndPoints() {
        let svg = OccupancyLineChart.svg(rates: [1: 60, 2: 80], year: 2024, threshold: 75, title: "Essai")
        #expect(svg.contains("seuil : 75\u{202F}%"))
        #expect(svg.components(separatedBy: "<circle").count - 1 == 2)
        #expect(svg.contains("<polyline"))
        #expect(OccupancyLineChart.svg(rates: [:], year: 2024, threshold: 75, title: "Vide").contains("Aucun mois mesuré."))
    }

    @Test func syntheticYearIsThinOnWednesdays() {
        let agrement = AgrementText.read("lundi-vendredi 07:30-18:30 10").agrement
        let entries = SyntheticAttendance.year(2024, agrement: agrement, fill: 1, seed: 1)
        let mondays = entries.filter { OccupancyCalendar.weekday($0.day) == 1 }.count
        let wednesdays = entries.filter { OccupancyCalendar.weekday($0.day) == 3 }.count
        #expect(wednesdays < mondays)
        #expect(entries.allSatisfy { agrement.isOpen(on: $0.day) && $0.arrival < $0.departure })
        #expect(entries == SyntheticAttendance.year(2024, agrement: agrement, fill: 1, seed: 1))
    }
}
