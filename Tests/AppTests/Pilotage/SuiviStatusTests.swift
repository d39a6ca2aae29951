@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Recording a status from the fiche: who may, what is refused, what is shown afterwards.
@Suite struct SuiviStatusTests {
    @Test func aCoordinateurRecordsAStatusSeenOnTheFicheAndInTheTable() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let path = try await SuiviFixture.statusPath("1-2-3-A", app)
            let res = try await coordinateur.post(path, ["year": "2023", "status": "en_cours",
                                                         "comment": "Recensement lancé avec la PMI", "date": "2023-05-02"])
            #expect(res.status == .seeOther)
            #expect(res.headers.first(name: .location)?.hasPrefix("/pays-de-saint-eloy/plan/fiches/1-2-3?") == true)

            let entries = try await SuiviFixture.entries("1-2-3-A", app)
            #expect(entries.count == 1)
            #expect(entries.first?.status == .en_cours)
            #expect(entries.first?.recordedOn == "2023-05-02")
            #expect(entries.first?.comment == "Recensement lancé avec la PMI")

            let fiche = try await coordinateur.get("/pays-de-saint-eloy/plan/fiches/1-2-3?suivi=statut").text
            #expect(fiche.contains("Statut enregistré."))
            #expect(fiche.contains(#"<span class="status status-en_cours">en cours</span>"#))
            #expect(fiche.contains("Recensement lancé avec la PMI"))
            #expect(fiche.contains("2 mai 2023"))

            let table = try await coordinateur.get("/pays-de-saint-eloy/suivi?statut=en_cours").text
            #expect(table.contains("1-2-3-A"))
            #expect(!table.contains("1-2-3-B"))
            #expect(table.contains("1 sous-action affichée sur 46."))
        }
    }

    @Test func aStatusTypedAsItsLabelIsAccepted() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2024)
            let responsable = try await signIn(app, as: .referent, organisation: "AFJC")
            let res = try await responsable.post(try await SuiviFixture.statusPath("1-2-3-B", app),
                                                 ["year": "2024", "status": "réalisé", "date": "15/03/2024"])
            #expect(res.status == .seeOther)
            let entry = try #require(try await SuiviFixture.entries("1-2-3-B", app).last)
            #expect(entry.status == .realise)
            #expect(entry.recordedOn == "2024-03-15")
        }
    }

    @Test func othersAreRefusedAndNothingIsSaved() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let path = try await SuiviFixture.statusPath("1-2-3-A", app)
            let form = ["year": "2023", "status": "realise"]
            // 1-2-3 is led by the communauté de communes and AFJC, not La Clé des Champs.
            let stranger = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
            #expect(try await stranger.post(path, form).status == .forbidden)
            let lecteur = try await signIn(app, as: .lecteur)
            let refused = try await lecteur.post(path, form)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("lecteur".inPage))
            let coordinateur = try await signIn(app, as: .coordinateur)
            let noToken = try await coordinateur.post(path, form, csrf: false)
            #expect(noToken.status == .forbidden)
            #expect(noToken.text.contains(CSRF.refusal.inPage))
            let wrongFiche = path.replacingOccurrences(of: "/1-2-3/", with: "/1-2-2/")
            #expect(try await coordinateur.post(wrongFiche, form).status == .notFound)
            #expect(try await SuiviFixture.entries("1-2-3-A", app).isEmpty)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .sousAction).count() == 0)
        }
    }

    @Test func anotherTerritorySeesNothing() async throws {
        try await withApp { app in
            let other = Territory(name: "Communauté de communes voisine", siren: "200000001", departement: "063", slug: "voisine")
            try await other.create(on: app.db)
            let conventionID = try await SuiviFixture.conventionID(app)
            let outsider = try await signIn(app, as: .coordinateur, territoryID: try other.requireID())
            let path = try await SuiviFixture.statusPath("1-2-3-A", app)
            #expect(try await outsider.post(path, ["year": "2023", "status": "realise"]).status == .notFound)
            for page in ["/pays-de-saint-eloy/suivi", "/pays-de-saint-eloy/suivi.csv", "/pays-de-saint-eloy/gantt", "/pays-de-saint-eloy/financeurs", "/pays-de-saint-eloy/suivi/ponderations"] {
                #expect(try await outsider.get(page + "?convention=\(conventionID)").status == .notFound, "\(page)")
            }
            // Their own (empty) territory has no convention yet: a French 503, not the neighbour's plan.
            #expect(try await outsider.get("/voisine/suivi").status == .serviceUnavailable)
            #expect(try await outsider.get("/pays-de-saint-eloy/suivi").status == .notFound)
            let fiche = try await outsider.get("/pays-de-saint-eloy/plan/fiches/1-2-3").text
            #expect(!fiche.contains("id=\"historique\""))
            #expect(!fiche.contains("/statut?"))
            #expect(try await SuiviFixture.entries("1-2-3-A", app).isEmpty)
        }
    }

    @Test func wrongValuesAreExplainedInFrenchAndNothingIsSaved() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let path = try await SuiviFixture.statusPath("1-2-3-A", app)
            let cases: [([String: String], String)] = [
                (["year": "2023", "status": "terminé"], "Statut inconnu : « terminé »"),
                (["year": "2030", "status": "en_cours"], "L'année 2030 est en dehors de la convention (2022–2025)."),
                (["year": "deux mille", "status": "en_cours"], "L'année « deux mille » n'est pas un nombre."),
                (["year": "2023", "status": "en_cours", "date": "2023-02-30"], "La date « 2023-02-30 » n'est pas une date valide"),
                (["year": "2023", "status": "en_cours", "date": "hier"], "La date « hier » n'est pas une date valide"),
                (["year": "2023", "status": "en_cours", "date": "2023-12-01"], "ne peut pas être postérieure à aujourd'hui"),
            ]
            for (form, message) in cases {
                let res = try await coordinateur.post(path, form)
                #expect(res.status == .unprocessableEntity, "\(form)")
                #expect(res.text.contains("Rien n'a été enregistré"), "\(form)")
                #expect(res.text.contains(message.inPage), "\(form) → \(message)")
            }
            // The refused form keeps what was typed.
            let kept = try await coordinateur.post(path, ["year": "2023", "status": "en_pause", "comment": "À revoir", "date": "hier"])
            #expect(kept.text.contains(#"<option value="en_pause" selected>"#))
            #expect(kept.text.contains("À revoir".inPage))
            #expect(try await SuiviFixture.entries("1-2-3-A", app).isEmpty)
        }
    }

    @Test func theCalendarIsEditedWithCheckboxes() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let path = try await SuiviFixture.calendarPath("1-1-1-A", app)
            // The document gives 1-1-1 no years; the form shows none ticked.
            let fiche = try await coordinateur.get("/pays-de-saint-eloy/plan/fiches/1-1-1").text
            #expect(fiche.contains("Années prévues (actuellement : non renseignées)"))
            let res = try await coordinateur.send(.POST, path, form: [
                "csrf": coordinateur.csrf ?? "", "calendar": "1", "years[0]": "2024", "years[1]": "2022"])
            #expect(res.status == .seeOther)
            #expect(try await SuiviFixture.sousAction("1-1-1-A", app).years == [2022, 2024])
            let outside = try await coordinateur.post(path, ["calendar": "1", "years[0]": "2019"])
            #expect(outside.status == .unprocessableEntity)
            #expect(outside.text.contains("L'année 2019 est en dehors de la convention".inPage))
            // Without the hidden field, an empty post must not wipe the years.
            #expect(try await coordinateur.post(path, [:]).status == .unprocessableEntity)
            #expect(try await SuiviFixture.sousAction("1-1-1-A", app).years == [2022, 2024])
            // Every box unticked: the years become unknown again.
            #expect(try await coordinateur.post(path, ["calendar": "1"]).status == .seeOther)
            #expect(try await SuiviFixture.sousAction("1-1-1-A", app).years == [])
        }
    }
}
