import Testing
@testable import CTGCore

@Suite("Pilotage — barre des statuts")
struct StatusBarRendererTests {
    @Test func stackedBarSpellsOutCounts() {
        let counts = StatusBarRenderer.counts(of: [.realise, .realise, .en_cours, .en_retard, .realise, .abandonne])
        #expect(counts[.realise] == 3)
        let svg = StatusBarRenderer.svg(counts: counts)
        let probe = PilotageXMLProbe(svg)
        #expect(probe.wellFormed, "\(probe.error ?? "")")
        #expect(probe.rootAttributes["role"] == "img")
        #expect(probe.descText.hasPrefix("6 sous-actions : "))
        #expect(probe.allText.contains("réalisé : 3 (50\u{202F}%)"))
        #expect(probe.allText.contains("abandonné : 1 (17\u{202F}%)"))
        #expect(!probe.allText.contains("à venir"))
    }

    @Test func emptyCountsAndProgressBar() {
        #expect(PilotageXMLProbe(StatusBarRenderer.svg(counts: [:])).descText == "Aucune sous-action.")
        let bar = PilotageXMLProbe(StatusBarRenderer.progressSVG(0.625, label: "Axe 1 — « Familles » & co"))
        #expect(bar.wellFormed)
        #expect(bar.titleText == "Axe 1 — « Familles » & co")
        #expect(bar.allText.contains("63\u{202F}%"))
        #expect(PilotageXMLProbe(StatusBarRenderer.progressSVG(nil, label: "x")).allText.contains("non mesurable"))
    }
}
