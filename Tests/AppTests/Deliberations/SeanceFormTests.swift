@testable import App
import CTGCore
import Fluent
import Testing
import VaporTesting

/// Recording a séance in the browser, and the impossible states it refuses.
@Suite struct SeanceFormTests {
    @Test func formIsForCoordinateursOnly() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/seances/nouvelle") { res in
                #expect(res.status == .seeOther)
            }
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.get("/pays-de-saint-eloy/seances/nouvelle").status == .forbidden)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let page = try await coordinateur.get("/pays-de-saint-eloy/seances/nouvelle")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Liste d&#39;émargement (53 titulaires en exercice)")
                    || page.body.string.contains("Liste d'émargement (53 titulaires en exercice)"))
            #expect(page.body.string.contains("name=\"rows[52][status]\""))
        }
    }

    @Test func postRecordsASeanceAndItsVerdictShows() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let roster = try await RegisterFixture.roster(app)
            var statuses: [String: (String, String?)] = [
                "Guy CHARTOIRE": ("proxy", "Laurent DUMAS"),
                "Marie TARDIVAT": ("substitute", nil),
                "Marc BEAUMONT": ("excused", nil),
                "Pascale JEAN": ("absent", nil),
            ]
            statuses["Bernard GRAND"] = ("proxy", "Christian JEROME")
            let form = RegisterFixture.seanceForm(roster, date: "2023-03-15", convokedOn: "2023-03-08", statuses: statuses, fields: [
                "declaredPresent": "49", "declaredVoters": "51",
                "number": "CC2023-03-01", "subject": "Avenant n° 1 à la convention territoriale globale",
                "actesId": "063-200072080-20230315-CC2023_03_01-DE",
                "pour": "49", "contre": "1", "abstentions": "1", "matiereCode": "8.2",
                "matiereNom": "domaines de compétences par thèmes/aide sociale",
            ])
            let res = try await browser.post("/pays-de-saint-eloy/seances", form)
            #expect(res.status == .seeOther, "\(res.body.string)")
            let seance = try #require(try await Seance.query(on: app.db).filter(\.$sessionDate == "2023-03-15").first())
            #expect(seance.membersInOffice == 53)
            #expect(res.headers.first(name: .location) == "/pays-de-saint-eloy/seances/\(seance.id!)")
            let page = try await browser.get("/pays-de-saint-eloy/deliberations/CC2023-03-01")
            let body = page.body.string
            #expect(body.contains("Délibération régulière"))
            #expect(body.contains("Droit commun du CGCT"))
            #expect(body.contains("Quorum atteint : 49 présents pour 27 requis"))
            #expect(body.contains("Vote : 49 pour, 1 contre, 1 abstention, 0 ne prenant pas part ; 50 suffrages exprimés, majorité absolue 26 : délibération adoptée."))
            #expect(body.contains("Marie TARDIVAT, suppléance assurée par Alain DURIN"))
            // The 49 present are the listed members plus the suppléant: the heading says so.
            #expect(body.contains(" + 1 suppléant)</h3>"))
            let extrait = try await browser.get("/pays-de-saint-eloy/deliberations/CC2023-03-01/extrait").body.string
            #expect(extrait.contains("Adoptée par 49 voix pour, 1 voix contre, 1 abstention, le 15 mars 2023."))
            #expect(extrait.contains("Acte non encore exécutoire"))
            let seancePage = try await browser.get("/pays-de-saint-eloy/seances/\(seance.id!)")
            #expect(seancePage.body.string.contains("CC2023-03-01"))
            #expect(seancePage.body.string.contains("dont 1 suppléant siégeant"))
        }
    }

    @Test(arguments: [
        ("présents", ["declaredPresent": "40"], [:] as [String: String],
         "Le nombre de présents saisi (40) ne correspond pas à la liste d&#39;émargement (53)."),
        ("votes", ["number": "CC2023-03-02", "subject": "Objet", "pour": "50", "contre": "4"], [:],
         "Le total des voix (pour, contre, abstentions et ne prenant pas part : 54) dépasse le nombre de votants (53)."),
        ("actes", ["number": "CC2023-03-02", "subject": "Objet", "actesId": "063-20007208-20230315-CC1-DE"], [:],
         "Le SIREN « 20007208 » doit comporter exactement 9 chiffres"),
        ("convocation", ["convokedOn": "2023-03-20"], [:],
         "La séance du 15/03/2023 ne peut pas précéder sa convocation du 20/03/2023."),
        ("présent et excusé", [:], ["extraExcused": "Laurent DUMAS"],
         "Laurent DUMAS est déclaré à la fois présent et excusé."),
    ])
    func impossibleSeancesAreRefusedWithNothingSaved(label: String, fields: [String: String], special: [String: String],
                                                     message: String) async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let roster = try await RegisterFixture.roster(app)
            var form = RegisterFixture.seanceForm(roster, date: "2023-03-15", convokedOn: "2023-03-08", fields: fields)
            if let name = special["extraExcused"], let member = roster.titulaires.first(where: { $0.name == name }) {
                // A crafted post: the same member a second time, excused.
                let index = roster.titulaires.count
                form["rows[\(index)][member]"] = String(member.id!)
                form["rows[\(index)][status]"] = "excused"
                form["rows[\(index)][holder]"] = ""
            }
            let before = try await RegisterFixture.counts(app)
            let res = try await browser.post("/pays-de-saint-eloy/seances", form)
            #expect(res.status == .unprocessableEntity, "\(label)")
            let body = res.body.string.replacingOccurrences(of: "&#39;", with: "'")
            #expect(body.contains(message.replacingOccurrences(of: "&#39;", with: "'")), "\(label)")
            #expect(body.contains("La séance n'a pas été enregistrée"), "\(label)")
            #expect(try await RegisterFixture.counts(app) == before, "\(label): nothing saved")
        }
    }

    @Test func tooManyProxiesForTheDateAreRefused() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let roster = try await RegisterFixture.roster(app)
            let form = RegisterFixture.seanceForm(roster, date: "2023-03-15", statuses: [
                "Guy CHARTOIRE": ("proxy", "Laurent DUMAS"), "Margaux PIQUELLE": ("proxy", "Laurent DUMAS"),
            ])
            let before = try await RegisterFixture.counts(app)
            let res = try await browser.post("/pays-de-saint-eloy/seances", form)
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("Laurent DUMAS détient 2 pouvoirs ; le maximum autorisé est de 1 (Droit commun du CGCT)."))
            #expect(try await RegisterFixture.counts(app) == before)
        }
    }

    @Test func proxyToAnAbsentMemberIsRefused() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let roster = try await RegisterFixture.roster(app)
            let form = RegisterFixture.seanceForm(roster, date: "2023-03-15", statuses: [
                "Guy CHARTOIRE": ("proxy", "Marc BEAUMONT"), "Marc BEAUMONT": ("excused", nil),
            ])
            let res = try await browser.post("/pays-de-saint-eloy/seances", form)
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains("Le pouvoir de Guy CHARTOIRE est donné à Marc BEAUMONT, qui n&#39;est pas présent.")
                    || res.body.string.contains("Le pouvoir de Guy CHARTOIRE est donné à Marc BEAUMONT, qui n'est pas présent."))
        }
    }

    @Test func postWithoutCSRFTokenIsForbidden() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let roster = try await RegisterFixture.roster(app)
            let res = try await browser.post("/pays-de-saint-eloy/seances", RegisterFixture.seanceForm(roster, date: "2023-03-15"), csrf: false)
            #expect(res.status == .forbidden)
            #expect(try await Seance.query(on: app.db).count() == 1)
        }
    }
}
