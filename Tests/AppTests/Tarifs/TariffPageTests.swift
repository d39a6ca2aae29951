@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// A coordinateur enters two ALSH grids, compares them and simulates a harmonised draft;
/// bad grids are refused whole in French with nothing written; only managers edit.
@Suite struct TariffPageTests {
    @Test func coordinatorComparesGridsAndSimulatesADraft() async throws {
        try await withApp { app in
            let first = try await TariffFixture.alsh(app, name: "ALSH Les Hiboux")
            let second = try await TariffFixture.alsh(app, name: "ALSH La Forge")
            let browser = try await signIn(app, as: .coordinateur)
            let created = try await browser.post(TariffFixture.path(.newGrid(structureID: try first.requireID())),
                                                 TariffFixture.form(low: "8", high: "12", attendance: "100"))
            #expect(created.status == .seeOther)
            #expect(try await browser.post(TariffFixture.path(.newGrid(structureID: try second.requireID())),
                                           TariffFixture.form(split: "1000", low: "10", high: "14")).status == .seeOther)
            let page = try await browser.get(TariffFixture.path(.home))
            #expect(page.status == .ok)
            let html = page.body.string
            // QF 700: La Forge 10 €, Les Hiboux 12 € (700 opens its second bracket), columns by name: mean 11, sd 1 → 9,1 %.
            #expect(html.contains("<svg"))
            #expect(html.contains("<td>10,00\u{A0}€</td><td>12,00\u{A0}€</td><td>9,1\u{202F}%</td>"))
            // The draft: 1 % of the QF between 6 € and 13 €.
            let draft = try await browser.post(TariffFixture.path(.draft), [
                "mode": "taux", "families": "700, 400", "rates[0][unit]": "journee-repas", "rates[0][rate]": "1",
                "rates[0][floor]": "6", "rates[0][ceiling]": "13"])
            #expect(draft.status == .seeOther)
            let simulation = try await browser.get(TariffFixture.path(.simulation)).body.string
            // Les Hiboux, QF 400: 8 € today, 6 € (floor) → −2 €, −25 %; QF 700: 12 € → 7 €, −41,7 %.
            #expect(simulation.contains("<th scope=\"row\">QF 400</th><td>8,00\u{A0}€</td><td>6,00\u{A0}€</td><td>-2,00\u{A0}€</td><td>-25\u{202F}%</td>"))
            #expect(simulation.contains("<td>12,00\u{A0}€</td><td>7,00\u{A0}€</td><td>-5,00\u{A0}€</td><td>-41,7\u{202F}%</td>"))
            // 100 days in bracket 0–699 (taken at QF 349 → floor 6 €): 800 € today, 600 € with the draft.
            #expect(simulation.contains("800,00\u{A0}€ aujourd'hui, 600,00\u{A0}€ avec le projet, soit <strong>-200,00\u{A0}€</strong>"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .tariff).count() == 3)
        }
    }

    @Test func badGridsAreRefusedWholeWithNothingWritten() async throws {
        try await withApp { app in
            let alsh = try await TariffFixture.alsh(app)
            let path = TariffFixture.path(.newGrid(structureID: try alsh.requireID()))
            let browser = try await signIn(app, as: .coordinateur)
            var overlap = TariffFixture.form()
            overlap["brackets[0][upperBound]"] = "inclus"
            let refusedOverlap = try await browser.post(path, overlap)
            #expect(refusedOverlap.status == .unprocessableEntity)
            #expect(refusedOverlap.body.string.contains("Chevauchement : les tranches « de 0 à 700 » et « 700 et plus »"))
            var gap = TariffFixture.form()
            gap["brackets[1][lower]"] = "750"
            #expect(try await browser.post(path, gap).body.string.contains("Trou : aucune tranche ne couvre les quotients familiaux de 700 à 749."))
            let negative = try await browser.post(path, TariffFixture.form(low: "-2"))
            #expect(negative.status == .unprocessableEntity)
            #expect(negative.body.string.contains("le prix « -2 » est négatif"))
            let rate = try await browser.post(TariffFixture.path(.draft), ["mode": "taux", "families": "400",
                "rates[0][unit]": "journee-repas", "rates[0][rate]": "1", "rates[0][floor]": "9", "rates[0][ceiling]": "5"])
            #expect(rate.status == .unprocessableEntity)
            #expect(rate.body.string.contains("le plafond (5,00\u{A0}€) est inférieur au plancher (9,00\u{A0}€)"))
            for table in ["tariff_grids", "tariff_brackets", "tariff_rates", "tariff_attendances"] {
                #expect(try await TariffFixture.count(app, table) == 0)
            }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .tariff).count() == 0)
        }
    }

    @Test func onlyTheManagersEdit() async throws {
        try await withApp { app in
            let alsh = try await TariffFixture.alsh(app, organisation: "La Clé des Champs")
            let path = TariffFixture.path(.newGrid(structureID: try alsh.requireID()))
            let other = try await signIn(app, as: .referent, organisation: "AFJC")
            let refused = try await other.post(path, TariffFixture.form())
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains("Seuls le coordinateur et les référents"))
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.post(path, TariffFixture.form()).status == .forbidden)
            #expect(try await lecteur.post(TariffFixture.path(.draft), ["mode": "taux"]).status == .forbidden)
            #expect(try await lecteur.get(TariffFixture.path(.home)).status == .ok)
            let manager = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
            #expect(try await manager.post(path, TariffFixture.form()).status == .seeOther)
            #expect(try await manager.post(TariffFixture.path(.draft), ["mode": "taux"]).status == .forbidden)
            #expect(try await TariffFixture.count(app, "tariff_grids") == 1)
            let anonymous = try await Browser(app).get(TariffFixture.path(.home))
            #expect(anonymous.status != .ok)
        }
    }

    @Test func anotherTerritorysAlshDoesNotExistHere() async throws {
        try await withApp { app in
            let elsewhere = try await SecondTerritory.load(app)
            let alsh = try await TariffFixture.alsh(app, name: "ALSH d'ailleurs", territoryID: elsewhere.requireID())
            let browser = try await signIn(app, as: .coordinateur)
            let id = try alsh.requireID()
            #expect(try await browser.get(TariffFixture.path(.newGrid(structureID: id))).status == .notFound)
            #expect(try await browser.post(TariffFixture.path(.newGrid(structureID: id)), TariffFixture.form()).status == .notFound)
            let home = try await browser.get(TariffFixture.path(.home))
            #expect(home.status == .ok && !home.body.string.contains("ailleurs"))
            #expect(try await TariffFixture.count(app, "tariff_grids") == 0)
        }
    }
}
