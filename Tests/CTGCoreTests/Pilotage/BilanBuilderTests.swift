import Foundation
import Testing
@testable import CTGCore

@Suite("Pilotage — bilan annuel")
struct BilanBuilderTests {
    let report = BilanBuilder.report(plan: BilanFixture.plan, year: 2024)

    @Test func progressByHand() throws {
        // 2024: 1-1-1-A réalisé (1, weight 3), 1-1-1-B en cours recorded (0.5, weight 1)
        let action111 = (1.0 * 3 + 0.5 * 1) / 4 // 0.875
        let action112 = 0.5 // en pause, the later-dated entry
        let axe1 = (action111 + action112) / 2 // single objectif
        let axe2 = 0.5 // 2-1-1-A abandoned → only "Fête de quartier" en cours
        let overall = (axe1 * 2 + axe2 * 1) / 3 // axe 1 weighs 2
        let actions = report.axes.flatMap(\.actions)
        #expect(actions.map(\.code) == ["1-1-1", "1-1-2", "2-1-1"])
        #expect(actions[0].progress == action111)
        #expect(actions[1].progress == action112)
        #expect(actions[2].progress == axe2)
        #expect(report.axes[0].progress == axe1)
        #expect(report.axes[0].objectives[0].progress == axe1)
        #expect(report.axes[1].progress == axe2)
        let measured = try #require(report.overallProgress)
        #expect(abs(measured - overall) < 1e-12)
    }

    @Test func statusesLatenessAndCounts() {
        let subs = report.axes.flatMap(\.actions).flatMap(\.subActions)
        #expect(subs.map(\.status) == [.realise, .en_retard, .en_pause, .abandonne, .en_cours])
        #expect(subs[1].recordedStatus == .en_cours)
        #expect(subs[1].progress == 0.5)
        #expect(subs[1].comment == "Démarrage")
        #expect(subs[2].comment == "Local indisponible")
        #expect(subs[3].progress == nil)
        // Planned 2023–2024, not late in 2024's own bilan.
        #expect(report.late == ["1-1-1-B"])
        #expect(report.countsByStatus == ["a_venir": 0, "en_cours": 1, "en_pause": 1, "en_retard": 1, "realise": 1, "abandonne": 1])
        #expect(BilanBuilder.report(plan: BilanFixture.plan, year: 2025).late == ["1-1-1-B", "Fête de quartier"])
    }

    @Test func indicatorsAndExpectedResults() {
        let workshops = report.axes[0].actions[1].indicators[0]
        #expect(workshops.value == 9) // the December measure, listed before the June one
        #expect(workshops.target == 10)
        #expect(workshops.met == false)
        let satisfaction = report.axes[1].actions[0].indicators[0]
        #expect(satisfaction.met == true)
        #expect(satisfaction.valueText == "82,5\u{202F}%")
        let expected = report.axes[1].actions[0].expectedResults[0]
        #expect(expected.status == .partiellement)
        #expect(expected.comment == "En progrès")
        let previous = BilanBuilder.report(plan: BilanFixture.plan, year: 2023)
        #expect(previous.axes[1].actions[0].expectedResults[0].status == .non_evalue)
        #expect(previous.axes[0].actions[1].indicators[0].met == nil) // no 2023 target
    }

    @Test func comparisonWithPreviousYear() throws {
        // 2023: 1-1-1 = 0.875 (B late but recorded en cours), 1-1-2 = 0 (à venir), 2-1-1 = (0.5 + 0.5) / 2
        let axe1Before = (0.875 + 0) / 2, axe1Now = (0.875 + 0.5) / 2
        let overallBefore = (axe1Before * 2 + 0.5) / 3, overallNow = (axe1Now * 2 + 0.5) / 3
        let comparison = try #require(report.comparison)
        #expect(comparison.previousYear == 2023)
        #expect(comparison.axes.map(\.number) == [1, 2])
        #expect(comparison.axes[0].delta == axe1Now - axe1Before)
        #expect(comparison.axes[1].delta == 0)
        #expect(abs(try #require(comparison.overallProgressDelta) - (overallNow - overallBefore)) < 1e-12)
        // 1-1-2-A à venir → en pause; 2-1-1-A en cours → abandonné.
        #expect(comparison.statusChanges == 2)
        #expect(comparison.changes.map(\.code) == ["1-1-2-A", "2-1-1-A"])
        #expect(comparison.changes[1].from == .en_cours && comparison.changes[1].to == .abandonne)
        // Workshops 4 → 9, satisfaction 75 → 82,5.
        #expect(comparison.indicatorsMoved == 2)
        #expect(comparison.indicatorMoves.map(\.direction) == [.up, .up])
    }

    @Test func jsonKeysArePresentEvenWhenNull() throws {
        let data = try JSONEncoder().encode(report)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["year", "axes", "late", "countsByStatus", "overallProgress", "comparison"] {
            #expect(root[key] != nil, "missing \(key)")
        }
        let axes = try #require(root["axes"] as? [[String: Any]])
        #expect(axes[1]["title"] is NSNull)
        for key in ["number", "title", "progress", "actions"] { #expect(axes[0][key] != nil, "axe.\(key)") }
        let action = try #require((axes[1]["actions"] as? [[String: Any]])?.first)
        for key in ["code", "title", "progress", "subActions", "indicators", "expectedResults"] {
            #expect(action[key] != nil, "action.\(key)")
        }
        let subs = try #require(action["subActions"] as? [[String: Any]])
        #expect(subs[1]["code"] is NSNull)
        #expect(subs[1]["comment"] is NSNull)
        #expect(subs[0]["status"] as? String == "abandonne")
        let indicator = try #require((action["indicators"] as? [[String: Any]])?.first)
        for key in ["label", "target", "value", "met"] { #expect(indicator[key] != nil, "indicator.\(key)") }
        let result = try #require((action["expectedResults"] as? [[String: Any]])?.first)
        for key in ["text", "status", "comment"] { #expect(result[key] != nil, "expectedResult.\(key)") }

        let decoded = try JSONDecoder().decode(BilanReport.self, from: data)
        #expect(decoded == report)
    }

    @Test func ganttRowsTellTheHistory() {
        let rows = BilanFixture.plan.ganttRows(asOf: 2024)
        #expect(rows.count == 5)
        let formation = rows[1]
        #expect(formation.status == .en_retard)
        #expect(formation.yearStatuses[2022] == .en_retard) // still only en cours once 2022 was over
        #expect(rows[0].yearStatuses == [2022: .en_cours, 2023: .realise])
        #expect(PilotageXMLProbe(GanttRenderer.svg(rows: rows)).wellFormed)
    }
}
