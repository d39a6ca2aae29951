@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Progress roll-up and lateness on the seeded plan, with numbers worked out by hand.
@Suite struct SuiviProgressTests {
    /// Fiche 1-2-1 has four sous-actions (A–D). Recorded for 2023:
    /// A réalisé (1), B en cours (0,5), C abandonné (left out), D nothing (à venir, 0).
    /// Plain average: (1 + 0,5 + 0) / 3 = 0,5. With A weighted 3: (3×1 + 0,5 + 0) / 5 = 0,7.
    /// Objectif 1.2 = fiches 1-2-1, 1-2-2, 1-2-3 → (0,7 + 0 + 0) / 3 = 0,2333…
    /// Axe 1 = objectifs 1.1 (0) and 1.2 → 0,11666…; convention = axes (0,1166… + 0 + 0 + 0) / 4 = 0,029166…
    @Test func progressRollsUpWithOptionalWeights() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            try await SuiviFixture.record("1-2-1-A", year: 2023, .realise, on: app)
            try await SuiviFixture.record("1-2-1-B", year: 2022, .en_cours, on: app)
            try await SuiviFixture.record("1-2-1-C", year: 2023, .abandonne, on: app)
            // A 2024 entry must not count in 2023.
            try await SuiviFixture.record("1-2-1-D", year: 2024, .realise, on: app)

            let plain = try await Self.followUp(app)
            let action = try #require(try await PlanAction.query(on: app.db).filter(\.$code == "1-2-1").first())
            #expect(abs((plain.follow.progress(action) ?? -1) - 0.5) < 1e-9)

            let coordinateur = try await signIn(app, as: .coordinateur)
            let subA = try await SuiviFixture.sousAction("1-2-1-A", app)
            let saved = try await coordinateur.post("/pays-de-saint-eloy/suivi/ponderations", ["sa-\(try subA.requireID())": "3"])
            #expect(saved.status == .seeOther)
            #expect(try await SuiviFixture.sousAction("1-2-1-A", app).weight == 3)

            let weighted = try await Self.followUp(app)
            #expect(abs((weighted.follow.progress(action) ?? -1) - 0.7) < 1e-9)
            let axe1 = try #require(weighted.tree.axes.first { $0.number == 1 })
            let objectif12 = try #require(axe1.objectifs.first { $0.number == 2 })
            #expect(abs((weighted.follow.progress(objectif12) ?? -1) - 0.7 / 3) < 1e-9)
            #expect(abs((weighted.follow.progress(axe1) ?? -1) - 0.7 / 6) < 1e-9)
            #expect(abs((weighted.follow.conventionProgress ?? -1) - 0.7 / 24) < 1e-9)

            // The same numbers, as the pages print them.
            let fiche = try await coordinateur.get("/pays-de-saint-eloy/plan/fiches/1-2-1").text
            #expect(fiche.contains("<strong class=\"progress-text\">\(PilotageFormat.progress(0.7))</strong>"))
            let plan = try await app.testing().sendRequest(.GET, "/pays-de-saint-eloy/plan").body.string
            #expect(plan.contains("Avancement de la fiche 1-2-1 : </span>70\u{202F}%"))
            #expect(plan.contains("Avancement de l&#39;objectif 2 : </span>23\u{202F}%"))
            let home = try await app.testing().sendRequest(.GET, "/pays-de-saint-eloy").body.string
            #expect(home.contains("Avancement de l&#39;axe 1 : </span>12\u{202F}%"))
            #expect(home.contains("Avancement de la convention : </span>3\u{202F}%"))
        }
    }

    @Test func weightsAreValidatedAllOrNothing() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let axe = try #require(try await Axe.query(on: app.db).filter(\.$number == 2).first())
            let subA = try await SuiviFixture.sousAction("1-2-1-A", app)
            let res = try await coordinateur.post("/pays-de-saint-eloy/suivi/ponderations", [
                "axe-\(try axe.requireID())": "2,5", "sa-\(try subA.requireID())": "-1"])
            #expect(res.status == .unprocessableEntity)
            #expect(res.text.contains("Sous-action 1-2-1-A : le poids doit être compris entre 0 (exclu) et 1000".inPage))
            #expect(try await Axe.find(axe.id, on: app.db)?.weight == nil)
            #expect(try await coordinateur.post("/pays-de-saint-eloy/suivi/ponderations", ["axe-\(try axe.requireID())": "2,5"]).status == .seeOther)
            #expect(try await Axe.find(axe.id, on: app.db)?.weight == 2.5)
            let referent = try await signIn(app, as: .referent, organisation: "AFJC")
            #expect(try await referent.post("/pays-de-saint-eloy/suivi/ponderations", ["axe-\(try axe.requireID())": ""]).status == .forbidden)
            #expect(try await referent.get("/pays-de-saint-eloy/suivi/ponderations").status == .forbidden)
        }
    }

    /// 3-1-3-A is planned for 2022 only (from the document).
    @Test func lateIsDerivedFromThePlannedYearsAndTheClock() async throws {
        try await withApp { app in
            #expect(try await SuiviFixture.sousAction("3-1-3-A", app).years == [2022])
            let lecteur = try await signIn(app, as: .lecteur)

            SuiviFixture.setClock(app, year: 2022, month: 11, day: 3)
            #expect(try await Self.followUp(app).state("3-1-3-A", app).effective == .a_venir)
            #expect(!(try await lecteur.get("/pays-de-saint-eloy/suivi?statut=en_retard").text.contains("3-1-3-A")))

            SuiviFixture.setClock(app, year: 2023, month: 1, day: 2)
            let state = try await Self.followUp(app).state("3-1-3-A", app)
            #expect(state.effective == .en_retard)
            #expect(state.recorded == .a_venir)
            #expect(state.progress == 0)
            let late = try await lecteur.get("/pays-de-saint-eloy/suivi?statut=en_retard").text
            #expect(late.contains("3-1-3-A"))
            #expect(late.contains("3-1-3-B"))
            #expect(!late.contains("1-2-3-A"))  // planned 2023: not over yet
            let fiche = try await lecteur.get("/pays-de-saint-eloy/plan/fiches/3-1-3").text
            #expect(fiche.contains("Prévue jusqu&#39;en 2022, non réalisée : en retard"))

            // Réalisé (even recorded late, in 2023) closes it.
            try await SuiviFixture.record("3-1-3-A", year: 2023, .realise, on: app)
            #expect(try await Self.followUp(app).state("3-1-3-A", app).effective == .realise)

            SuiviFixture.setClock(app, year: 2024)
            #expect(try await lecteur.get("/pays-de-saint-eloy/suivi?statut=en_retard").text.contains("1-2-3-A"))
        }
    }

    struct Loaded {
        var tree: PlanTree
        var follow: PlanFollowUp

        func state(_ code: String, _ app: Application) async throws -> PlanFollowUp.SubActionState {
            try #require(follow.state(try await SuiviFixture.sousAction(code, app)))
        }
    }

    static func followUp(_ app: Application) async throws -> Loaded {
        let (tree, follow) = try await PlanFollowUp.load(conventionID: try await SuiviFixture.conventionID(app), on: app.db,
                                                         today: app.pilotageClock.today())
        return Loaded(tree: tree, follow: follow)
    }
}
