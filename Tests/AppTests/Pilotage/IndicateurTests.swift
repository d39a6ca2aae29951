@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

@Suite struct IndicateurTests {
    @Test func aMeasurementByTheCoordinateurShowsOnThePageAndChangesTheChart() async throws {
        try await withApp { app in
            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1")
            let page = Seed.ref.url(.indicator(id: try indicator.requireID())).path
            let coordinateur = try await signIn(app, as: .coordinateur)
            let before = try await coordinateur.get(page)
            #expect(before.status == .ok)
            let chartBefore = try #require(IndicateurFixture.chart(in: before.body.string))
            #expect(chartBefore.contains("Aucune valeur mesurée."))

            let saved = try await coordinateur.post(Seed.ref.url(.indicatorMeasurements(id: try indicator.requireID())).path,
                                                    ["year": "2023", "value": "1 234,5", "source": "Relevé CAF", "comment": "année pleine"])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == page)

            let after = try await coordinateur.get(page)
            let body = after.body.string
            let chartAfter = try #require(IndicateurFixture.chart(in: body))
            #expect(chartAfter != chartBefore)
            #expect(chartAfter.contains("<title>2023 : 1\u{202F}234,5</title>"))
            #expect(!chartAfter.contains("Aucune valeur mesurée."))
            #expect(body.contains("Relevé CAF") && body.contains("année pleine"))
            #expect(try await IndicateurFixture.measurementCount(app) == 1)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == .measurement).all()
            #expect(audit.count == 1)
            #expect(audit.first?.actionCode == "1-1-1")
            #expect(audit.first?.after?.hasPrefix("1\u{202F}234,5") == true)
            // The list shows it as the latest value of the fiche.
            #expect(try await coordinateur.get(Seed.ref.url(.indicators).path).body.string.contains("1\u{202F}234,5"))
            // The fiche's quick form returns to the fiche; a wrong entry can be deleted, and that is audited too.
            let quick = try await coordinateur.post(Seed.ref.url(.indicatorMeasurements(id: try indicator.requireID())).path,
                                                    ["year": "2024", "value": "7", "back": "fiche"])
            #expect(quick.headers.first(name: .location) == Seed.ref.url(.fiche(code: "1-1-1")).path)
            let wrong = try #require(try await MeasurementEntry.query(on: app.db).filter(\.$year == 2024).first())
            let removal = Seed.ref.url(.indicatorMeasurementRemoval(indicatorID: try indicator.requireID(), measurementID: try wrong.requireID()))
            #expect(try await signIn(app, as: .lecteur).post(removal.path).status == .forbidden)
            #expect(try await coordinateur.post(removal.path, ["confirm": "1"]).status == .seeOther)
            #expect(try await IndicateurFixture.measurementCount(app) == 1)
            let deletion = try await AuditEntry.query(on: app.db).filter(\.$entity == .measurement).sort(\.$id, .descending).first()
            #expect(deletion?.before?.hasPrefix("7 (période : 2024") == true && deletion?.after == nil)
        }
    }

    @Test func readersAndOtherOrganisationsCannotWrite() async throws {
        try await withApp { app in
            let id = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
            let form = ["year": "2023", "value": "12"]
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.get(Seed.ref.url(.indicator(id: id)).path).status == .ok)
            #expect(try await lecteur.post(Seed.ref.url(.indicatorMeasurements(id: id)).path, form).status == .forbidden)
            #expect(try await lecteur.post(Seed.ref.url(.indicatorSettings(id: id)).path, IndicateurFixture.settings(kind: "rate")).status == .forbidden)
            let stranger = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
            let refused = try await stranger.post(Seed.ref.url(.indicatorMeasurements(id: id)).path, form)
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains(AccessDenied.notResponsable.inPage))
            #expect(try await stranger.post(Seed.ref.url(.expectedResultAssessment(code: "1-1-1", position: 1)).path,
                                            ["year": "2023", "status": "atteint"]).status == .forbidden)
            #expect(try await IndicateurFixture.measurementCount(app) == 0)
            // AFJC is responsable of 1-1-1: its référent may enter the measurement.
            let responsable = try await signIn(app, as: .referent, organisation: "AFJC")
            #expect(try await responsable.post(Seed.ref.url(.indicatorMeasurements(id: id)).path, form).status == .seeOther)
            #expect(try await IndicateurFixture.measurementCount(app) == 1)
            // Another territory sees nothing of this one: "not found", not "forbidden".
            let elsewhere = Territory(name: "Communauté de communes voisine", siren: "200000001", departement: "63", slug: "voisine")
            try await elsewhere.create(on: app.db)
            let foreign = try await signIn(app, as: .coordinateur, territoryID: try elsewhere.requireID())
            #expect(try await foreign.get(Seed.ref.url(.indicator(id: id)).path).status == .notFound)
            #expect(try await foreign.post(Seed.ref.url(.indicatorMeasurements(id: id)).path, form).status == .notFound)
            #expect(try await IndicateurFixture.measurementCount(app) == 1)
            // Anonymous visitors are sent to sign in, even for reading.
            #expect(try await Browser(app).get(Seed.ref.url(.indicator(id: id)).path).status == .seeOther)
        }
    }

    @Test func invalidValuesAreRefusedInFrenchAndNothingIsSaved() async throws {
        try await withApp { app in
            let rate = try await IndicateurFixture.indicator(app, code: "1-1-1", position: 0).requireID()
            let yesNo = try await IndicateurFixture.indicator(app, code: "3-1-2", position: 0).requireID()
            let coordinateur = try await signIn(app, as: .coordinateur)
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: rate)).path,
                                                IndicateurFixture.settings(kind: "rate", targets: [2023: "80"])).status == .seeOther)
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: yesNo)).path,
                                                IndicateurFixture.settings(kind: "yes_no", targets: [2024: "oui"])).status == .seeOther)
            let auditBefore = try await AuditEntry.query(on: app.db).count()
            let cases: [(Int, [String: String], String)] = [
                (rate, ["year": "2023", "value": "douze"], "Valeur : « douze » n'est pas un nombre."),
                (rate, ["year": "2023", "value": "120"], "un taux doit être compris entre 0 et 100"),
                (rate, ["year": "2023", "value": "-5 %"], "un taux doit être compris entre 0 et 100"),
                (rate, ["year": "2030", "value": "50"], "l'année « 2030 » est hors de la convention (2022 à 2025)"),
                (rate, ["year": "2023", "value": ""], "Valeur : indiquez la valeur mesurée."),
                (rate, ["year": "2023", "value": "50", "date": "2024-02-01"], "ne tombe pas en 2023"),
                (yesNo, ["year": "2023", "value": "peut-être"], "répondez « oui » ou « non » (« peut-être » saisi)"),
            ]
            for (id, form, message) in cases {
                let response = try await coordinateur.post(Seed.ref.url(.indicatorMeasurements(id: id)).path, form)
                #expect(response.status == .unprocessableEntity, "\(form)")
                #expect(response.body.string.contains(message.inPage), "\(form) → \(message)")
            }
            // Settings are checked the same way: a rate target of 150 saves nothing, not even the valid fields.
            let refused = try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: rate)).path,
                                                      IndicateurFixture.settings(kind: "rate", targets: [2024: "150"], baseline: "40"))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Cible 2024 : un taux doit être compris entre 0 et 100".inPage))
            #expect(try await Indicator.find(rate, on: app.db)?.baselineValue == nil)
            #expect(try await IndicatorTarget.query(on: app.db).filter(\.$indicator.$id == rate).all().map(\.year) == [2023])
            #expect(try await IndicateurFixture.measurementCount(app) == 0)
            #expect(try await AuditEntry.query(on: app.db).count() == auditBefore)
            // And the right spellings pass.
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorMeasurements(id: yesNo)).path, ["year": "2023", "value": "Oui"]).status == .seeOther)
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorMeasurements(id: rate)).path, ["year": "2023", "value": "72,5 %"]).status == .seeOther)
            #expect(try await MeasurementEntry.query(on: app.db).sort(\.$id).all().map(\.value) == [1, 72.5])
        }
    }

    @Test func settingsAreSavedWithOneAuditEntryPerChange() async throws {
        try await withApp { app in
            let id = try await IndicateurFixture.indicator(app, code: "1-2-2").requireID()
            let coordinateur = try await signIn(app, as: .coordinateur)
            var form = IndicateurFixture.settings(kind: "count", targets: [2023: "4", 2024: "6"], baseline: "3")
            form["unit"] = "réunions"
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: id)).path, form).status == .seeOther)
            let indicator = try #require(try await Indicator.find(id, on: app.db))
            #expect(indicator.kindIfSet == .count && indicator.unit == "réunions" && indicator.baselineValue == 3)
            let fields = try await AuditEntry.query(on: app.db).filter(\.$entity == .indicator).all().compactMap(\.field)
            #expect(fields.count == 7, "\(fields)")  // type, unité, référence, périodicité, sens, cible 2023, cible 2024
            #expect(fields.contains { $0.hasSuffix("cible 2024") })
            // Changing one target only audits that target.
            form["target_2024"] = "7"
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorSettings(id: id)).path, form).status == .seeOther)
            let last = try await AuditEntry.query(on: app.db).filter(\.$entity == .indicator).sort(\.$id, .descending).all()
            #expect(last.count == 8)
            #expect(last.first?.before == "6" && last.first?.after == "7")
            let page = try await coordinateur.get(Seed.ref.url(.indicator(id: id)).path).body.string
            #expect(page.contains("2024 : 7") && page.contains("3 réunions"))
        }
    }
}
