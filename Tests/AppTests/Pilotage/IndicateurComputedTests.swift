@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

@Suite struct IndicateurComputedTests {
    @Test func aComputedIndicatorShowsTheProviderValueWithItsProvenance() async throws {
        try await withApp { app in
            app.computedSources.provide("animations.count", with: FakeAnimationsProvider())
            app.pilotageClock = .fixed(PilotageDate(year: 2024, month: 3, day: 1))
            let id = try await IndicateurFixture.indicator(app, code: "1-1-1", position: 1).requireID()
            let coordinateur = try await signIn(app, as: .coordinateur)
            let bound = try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: id)).path,
                                                    IndicateurFixture.settings(kind: "rate", targets: [2023: "2"], source: "animations.count"))
            #expect(bound.status == .seeOther)
            // The source decides the kind: a count of animations cannot be a rate.
            #expect(try await Indicator.find(id, on: app.db)?.kindIfSet == .count)

            let page = try await coordinateur.get(Seed.ref.url(.indicator(id: id)).path).body.string
            #expect(page.contains("Valeur calculée : Nombre d&#39;animations"))
            #expect(page.contains("Nombre d&#39;animations liées à la fiche-action 1-1-1 en 2023 : 3 (enregistrements #12, #15, #18)"))
            #expect(page.contains("Nombre d&#39;animations liées à la fiche-action 1-1-1 en 2022 : 1 (enregistrement #11)"))
            #expect(page.contains("Nombre d&#39;animations enregistrées dans l&#39;année"))  // the rule
            #expect(page.contains("#15 Fête du jeu"))
            // 2025 is not over yet (the clock says March 2024): no zero is invented for it.
            #expect(!page.contains("en 2025 : 0"))
            #expect(IndicateurFixture.chart(in: page)?.contains("<title>2023 : 3</title>") == true)
            #expect(page.contains(#"<th scope="row">2023</th><td>3</td><td>2</td><td>oui</td>"#))
            // 2024 is under way: its count so far is shown, never a 2025 one.
            #expect(page.contains("en 2024 : 0 (aucun enregistrement)"))
            // Values of a computed indicator are not typed.
            let typed = try await coordinateur.post(Seed.ref.url(.indicatorMeasurements(id: id)).path, ["year": "2023", "value": "9"])
            #expect(typed.status == .unprocessableEntity)
            #expect(typed.body.string.contains("calculé automatiquement"))

            // The bilan reads the computed value like a typed one.
            let json = try await coordinateur.get(Seed.ref.url(.bilanJSON(year: 2023)).path)
            let report = try JSONDecoder().decode(BilanReport.self, from: Data(json.body.readableBytesView))
            let indicators = try #require(report.axes.first?.actions.first { $0.code == "1-1-1" }?.indicators)
            let indicator = try #require(indicators.dropFirst().first)
            #expect(indicator.value == 3 && indicator.target == 2 && indicator.met == true)
        }
    }

    @Test func aSourceWithoutProviderSaysItHasNoDataYet() async throws {
        try await withApp { app in
            let id = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
            // A source no service feeds (occupancy.rate has had its provider since issue 11).
            app.computedSources.registry.register(ComputedSource(id: "essai.sans-fournisseur", label: "Source d'essai",
                                                                 ruleDescription: "Moyenne de l'année.", kind: .rate),
                                                  rule: .averageInYear)
            let coordinateur = try await signIn(app, as: .coordinateur)
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: id)).path,
                                                IndicateurFixture.settings(kind: "rate", source: "essai.sans-fournisseur")).status == .seeOther)
            let message = "La source « Source d'essai » n'a pas encore de données".inPage
            #expect(try await coordinateur.get(Seed.ref.url(.indicator(id: id)).path).body.string.contains(message))
            #expect(try await coordinateur.get(Seed.ref.url(.indicators).path).body.string.contains(message))
            let unknown = try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: id)).path,
                                                      IndicateurFixture.settings(kind: "count", source: "meteo.pluie"))
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("« meteo.pluie » n&#39;est pas une source connue"))
        }
    }

    @Test func expectedResultsGetAStatusPerYear() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let path = Seed.ref.url(.expectedResultAssessment(code: "1-1-1", position: 1)).path
            let saved = try await coordinateur.post(path, ["year": "2023", "status": "partiellement", "comment": "deux structures sur trois"])
            #expect(saved.status == .seeOther)
            let fiche = try await coordinateur.get(Seed.ref.url(.fiche(code: "1-1-1")).path).body.string
            #expect(fiche.contains(#"<span class="result-status partiellement">partiellement atteint</span>"#))
            #expect(fiche.contains("deux structures sur trois"))
            let refused = try await coordinateur.post(path, ["year": "2023", "status": "bientôt"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Statut : choisissez atteint, partiellement atteint, non atteint ou non évalué."))
            #expect(try await coordinateur.post(path, ["year": "2019", "status": "atteint"]).status == .unprocessableEntity)
            #expect(try await ExpectedResultAssessment.query(on: app.db).count() == 1)
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .expectedResult).first())
            #expect(audit.after == "partiellement atteint (deux structures sur trois)")
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.post(path, ["year": "2023", "status": "atteint"]).status == .forbidden)
            // Visitors keep the document's list: follow-up data is for signed-in users.
            #expect(!(try await Browser(app).get(Seed.ref.url(.fiche(code: "1-1-1")).path).body.string.contains("result-status")))
        }
    }
}
