import Testing
@testable import CTGCore

@Suite("Pilotage — diagramme de Gantt")
struct GanttRendererTests {
    let rows = [
        GanttRow(axeNumber: 2, axeTitle: "Cadre de vie", code: "2-1-1-A", title: "Fête de quartier",
                 plannedYears: [2023, 2024], status: .en_cours, yearStatuses: [2023: .en_pause]),
        GanttRow(axeNumber: 1, axeTitle: "Accès aux droits & « parentalité »", code: "1-1-1-A",
                 title: "Ouvrir l'accueil <itinérant>", plannedYears: [2022], status: .realise),
        GanttRow(axeNumber: 1, axeTitle: nil, code: nil, title: "Atelier\u{0B}sans numéro",
                 plannedYears: [], status: .a_venir),
        GanttRow(axeNumber: 3, code: "3-1-1-A", title: "Hors période", plannedYears: [2021, 2026], status: .en_retard),
    ]

    @Test func wellFormedAndAccessible() throws {
        let svg = GanttRenderer.svg(rows: rows, years: 2022...2025, today: PilotageDate(year: 2024, month: 7, day: 1))
        let probe = PilotageXMLProbe(svg)
        #expect(probe.wellFormed, "\(probe.error ?? "")")
        #expect(probe.rootName == "svg")
        #expect(probe.rootAttributes["role"] == "img")
        let labelled = try #require(probe.rootAttributes["aria-labelledby"]).split(separator: " ").map(String.init)
        #expect(labelled.map { probe.ids[$0] } == ["title", "desc"])
        #expect(probe.titleText == "Calendrier des sous-actions")
        #expect(probe.descText.contains("4 sous-actions (3 axes)"))
        #expect(probe.descText.contains("1 sous-action n'a pas d'années renseignées"))
    }

    @Test func labelsAreEscapedAndDecoded() {
        let svg = GanttRenderer.svg(rows: rows)
        #expect(svg.contains("Ouvrir l&apos;accueil &lt;itinérant&gt;"))
        #expect(svg.contains("Accès aux droits &amp; « parentalité »"))
        #expect(!svg.contains("\u{0B}"))
        let text = PilotageXMLProbe(svg).allText
        #expect(text.contains("Axe 1 — Accès aux droits & « parentalité »"))
        #expect(text.contains("Axe 3"))
        #expect(text.contains("Ouvrir l'accueil <itinérant>"))
        #expect(text.contains("sans numéro"))
        #expect(text.contains("années non renseignées"))
        for year in 2022...2025 { #expect(text.contains(String(year))) }
    }

    @Test func barsCarryStatusTextAndAxesAreOrdered() {
        let svg = GanttRenderer.svg(rows: rows)
        let text = PilotageXMLProbe(svg).allText
        #expect(text.contains("2-1-1-A — 2023 : en pause"))
        #expect(text.contains("2-1-1-A — 2024 : en cours"))
        #expect(text.contains("1-1-1-A — 2022 : réalisé"))
        // Out-of-range years draw nothing.
        #expect(!text.contains("3-1-1-A — 2021"))
        let axe1 = svg.range(of: "Axe 1 — ")!.lowerBound, axe2 = svg.range(of: "Axe 2 — ")!.lowerBound
        #expect(axe1 < axe2)
        #expect(svg.contains("url(#gantt-pat-en_cours)"))
    }

    @Test func todayMarkerOnlyInsideRange() {
        let inside = GanttRenderer.svg(rows: rows, today: PilotageDate(year: 2024, month: 3, day: 1))
        #expect(inside.contains("Aujourd&apos;hui : 1er mars 2024"))
        let outside = GanttRenderer.svg(rows: rows, today: PilotageDate(year: 2027))
        #expect(!outside.contains("Aujourd&apos;hui"))
        #expect(PilotageXMLProbe(outside).wellFormed)
    }

    @Test func emptyChartAndCustomPrefix() {
        let svg = GanttRenderer.svg(rows: [], idPrefix: "g2")
        let probe = PilotageXMLProbe(svg)
        #expect(probe.wellFormed)
        #expect(probe.ids["g2-title"] == "title")
        #expect(probe.allText.contains("Aucune sous-action à afficher."))
    }

    @Test func textAlternative() {
        let table = GanttRenderer.textAlternative(rows: rows)
        #expect(table.headers == ["Numéro", "Sous-action", "2022", "2023", "2024", "2025", "Statut"])
        #expect(table.groups.map(\.heading) == ["Axe 1 — Accès aux droits & « parentalité »", "Axe 2 — Cadre de vie", "Axe 3"])
        let first = table.groups[0].rows[0]
        #expect(first.code == "1-1-1-A")
        #expect(first.yearCells == ["réalisé", "—", "—", "—"])
        let unknown = table.groups[0].rows[1]
        #expect(unknown.code == "sans numéro")
        #expect(unknown.yearCells == Array(repeating: "non renseigné", count: 4))
        #expect(unknown.note == "années non renseignées")
        #expect(table.groups[1].rows[0].yearCells == ["—", "en pause", "en cours", "—"])
        #expect(table.groups[2].rows[0].note == "prévu aussi hors convention : 2021, 2026")
    }
}
