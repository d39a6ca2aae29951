@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The bilan 2023 of the seeded plan after a few statuses, measurements and one
/// assessment; every expected number is worked out by hand in `expected…` below.
@Suite struct BilanTests {
    /// Records the follow-up the numbers below are computed from.
    static func recordYear(_ app: Application) async throws -> Browser {
        // Assumptions of the hand computation, checked rather than trusted.
        var planned: [String: [Int]] = [:]
        for sub in try await SousAction.query(on: app.db).all() { planned[sub.code ?? ""] = sub.years }
        #expect(planned["3-1-3-A"] == [2022] && planned["3-1-3-B"] == [2022] && planned["1-2-3-A"] == [2023])
        #expect(planned["1-1-1-A"] == [] && planned["1-1-1-B"] == [])
        try await IndicateurFixture.status(app, "1-1-1-A", .en_cours, year: 2022)
        try await IndicateurFixture.status(app, "1-1-1-A", .realise, year: 2023, comment: "agréments adaptés")
        try await IndicateurFixture.status(app, "1-1-1-B", .en_cours, year: 2023)
        try await IndicateurFixture.status(app, "3-1-3-A", .realise, year: 2022)
        try await IndicateurFixture.status(app, "1-2-3-A", .abandonne, year: 2023)

        let coordinateur = try await signIn(app, as: .coordinateur)
        let rate = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
        let yesNo = try await IndicateurFixture.indicator(app, code: "3-1-2").requireID()
        for (id, form) in [(rate, IndicateurFixture.settings(kind: "rate", targets: [2023: "70"], baseline: "60")),
                           (yesNo, IndicateurFixture.settings(kind: "yes_no", targets: [2023: "oui"]))] {
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: id)).path, form).status == .seeOther)
        }
        for (id, year, value) in [(rate, "2022", "62"), (rate, "2023", "65"), (rate, "2023", "72"), (yesNo, "2023", "non")] {
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorMeasurements(id: id)).path, ["year": year, "value": value]).status == .seeOther)
        }
        #expect(try await coordinateur.post(Seed.ref.url(.expectedResultAssessment(code: "1-1-1", position: 1)).path,
                                            ["year": "2023", "status": "atteint"]).status == .seeOther)
        return coordinateur
    }

    /// Checks the JSON contract and the hand-computed numbers.
    static func expectSeededNumbers(_ json: Data) throws {
        let root = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(root["year"] as? Int == 2023)
        // Two réalisés (1-1-1-A, 3-1-3-A), one en cours (1-1-1-B), one abandonné (1-2-3-A), one late
        // (3-1-3-B: planned 2022 only, still "à venir"); 46 − 5 = 41 à venir.
        #expect(root["late"] as? [String] == ["3-1-3-B"])
        let counts = try #require(root["countsByStatus"] as? [String: Int])
        #expect(counts == ["a_venir": 41, "en_cours": 1, "en_pause": 0, "en_retard": 1, "realise": 2, "abandonne": 1])
        let axes = try #require(root["axes"] as? [[String: Any]])
        #expect(axes.map { $0["number"] as? Int } == [1, 2, 3, 4])
        // 1-1-1 = (1 + 0,5) / 2 = 0,75; objectif 1-1 = (0,75 + 0) / 2; objectif 1-2 = 0 (1-2-3-A abandoned leaves it);
        // axe 1 = (0,375 + 0) / 2 = 0,1875. Axe 3: 3-1-3 = (1 + 0) / 2, objectif 3-1 = 0,5 / 3, axe 3 = (1/6 + 0) / 2.
        let progress = axes.map { $0["progress"] as? Double ?? -1 }
        #expect(abs(progress[0] - 0.1875) < 1e-9 && progress[1] == 0 && abs(progress[2] - 1.0 / 12) < 1e-9 && progress[3] == 0)
        #expect(abs((root["overallProgress"] as? Double ?? -1) - (0.1875 + 1.0 / 12) / 4) < 1e-9)
        let actions = axes.flatMap { $0["actions"] as? [[String: Any]] ?? [] }
        #expect(actions.count == 18)
        let fiche = try #require(actions.first { $0["code"] as? String == "1-1-1" })
        #expect(fiche["progress"] as? Double == 0.75)
        let subs = try #require(fiche["subActions"] as? [[String: Any]])
        #expect(subs.map { $0["code"] as? String } == ["1-1-1-A", "1-1-1-B"])
        #expect(subs.map { $0["status"] as? String } == ["realise", "en_cours"])
        #expect(subs.first?["comment"] as? String == "agréments adaptés")
        let indicator = try #require((fiche["indicators"] as? [[String: Any]])?.first)
        #expect(indicator["label"] as? String == "Evolution du taux d'occupation des structures")
        // 65 then 72 typed for 2023, both undated: the later entry stands for the year.
        #expect(indicator["target"] as? Double == 70 && indicator["value"] as? Double == 72 && indicator["met"] as? Bool == true)
        let results = try #require(fiche["expectedResults"] as? [[String: Any]])
        #expect(results.map { $0["status"] as? String } == ["atteint", "non_evalue"])
        let diagnostic = try #require((actions.first { $0["code"] as? String == "3-1-2" }?["indicators"] as? [[String: Any]])?.first)
        #expect(diagnostic["target"] as? Double == 1 && diagnostic["value"] as? Double == 0 && diagnostic["met"] as? Bool == false)
        #expect(actions.first { $0["code"] as? String == "1-2-3" }?["progress"] as? Double == 0)
        // Against 2022: four statuses moved (1-1-1-A, 1-1-1-B, 1-2-3-A, 3-1-3-B) and two indicators
        // (62 → 72, and a first measure for 3-1-2). 2022 overall = (0,0625 + 1/12) / 4, so +0,03125.
        let comparison = try #require(root["comparison"] as? [String: Any])
        #expect(comparison["previousYear"] as? Int == 2022)
        #expect(comparison["statusChanges"] as? Int == 4 && comparison["indicatorsMoved"] as? Int == 2)
        #expect(abs((comparison["overallProgressDelta"] as? Double ?? -1) - 0.03125) < 1e-9)
    }

    @Test func theBilanJSONOfTheSeededPlanHasTheHandComputedNumbers() async throws {
        try await withApp { app in
            _ = try await Self.recordYear(app)
            // The CAF reader exports it.
            let lecteur = try await signIn(app, as: .lecteur)
            let response = try await lecteur.get(Seed.ref.url(.bilanJSON(year: 2023)).path)
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "json")
            try Self.expectSeededNumbers(Data(response.body.readableBytesView))
        }
    }

    @Test func theBilanPageHasTheCoverTheContentsAndEveryAxe() async throws {
        try await withApp { app in
            _ = try await Self.recordYear(app)
            let referent = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
            let page = try await referent.get(Seed.ref.url(.bilan(year: 2023)).path)
            #expect(page.status == .ok)
            let body = page.body.string
            for text in ["Bilan annuel 2023", "class=\"bilan-cover\"", "Sommaire", "href=\"#synthese\"", "Synthèse 2023",
                         "Sous-actions en retard fin 2023", "3-1-3-B — Réfléchir aux appels à projets CLAS (fiche 3-1-3)",
                         "Évolutions depuis 2022", "1-1-1-A : en cours → réalisé", "agréments adaptés",
                         "<title>2023 : 72\u{202F}%</title>", "href=\"/pays-de-saint-eloy/bilan/2023/bilan.csv\"", "href=\"/pays-de-saint-eloy/bilan/2023/bilan.json\""] {
                #expect(body.contains(text.inPage) || body.contains(text), "\(text)")
            }
            for axe in 1...4 { #expect(body.contains("id=\"axe-\(axe)\" aria-labelledby=\"axe-\(axe)-h\""), "axe \(axe)") }
            // The print layout has no navigation chrome; the screen page keeps the site's.
            let print = try await referent.get(Seed.ref.url(.bilanPrint(year: 2023)).path).body.string
            #expect(print.contains("class=\"bilan-cover\"") && !print.contains("class=\"site-header\""))
            #expect(body.contains("class=\"site-header\""))
            let csv = try await referent.get(Seed.ref.url(.bilanCSV(year: 2023)).path)
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
        }
    }

    @Test func yearsOutsideTheConventionAndVisitorsAreRefused() async throws {
        try await withApp { app in
            let lecteur = try await signIn(app, as: .lecteur)
            let outside = try await lecteur.get("/pays-de-saint-eloy/bilan/2019")
            #expect(outside.status == .notFound)
            #expect(outside.body.string.contains("Pas de bilan 2019 : la convention couvre les années 2022 à 2025."))
            #expect(try await lecteur.get("/pays-de-saint-eloy/bilan/2019/bilan.json").status == .notFound)
            let garbage = try await lecteur.get("/pays-de-saint-eloy/bilan/deux-mille")
            #expect(garbage.status == .badRequest)
            #expect(garbage.body.string.contains("n&#39;est pas une année"))
            let index = try await lecteur.get(Seed.ref.url(.bilanIndex).path)
            #expect(index.status == .seeOther && index.headers.first(name: .location)?.hasPrefix("/pays-de-saint-eloy/bilan/20") == true)
            let visitor = try await Browser(app).get(Seed.ref.url(.bilan(year: 2023)).path)
            #expect(visitor.status == .seeOther && visitor.headers.first(name: .location)?.hasPrefix(SiteURL.signIn.path) == true)
        }
    }
}
