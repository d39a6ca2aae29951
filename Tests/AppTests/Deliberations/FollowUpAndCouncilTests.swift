@testable import App
import CTGCore
import Fluent
import Testing
import VaporTesting

/// The life cycle after the vote, and the council composition.
@Suite struct FollowUpAndCouncilTests {
    /// A séance recorded with one deliberation still a projet (no vote).
    private func projet(_ app: Application, _ browser: Browser) async throws {
        let roster = try await RegisterFixture.roster(app)
        let form = RegisterFixture.seanceForm(roster, date: "2023-09-12", convokedOn: "2023-09-05",
                                              fields: ["number": "CC2023-09-01", "subject": "Bilan d'étape de la CTG"])
        #expect(try await browser.post("/pays-de-saint-eloy/seances", form).status == .seeOther)
    }

    @Test func projetIsVotedThenTransmittedThenPublishedUntilExecutoire() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            try await projet(app, browser)
            #expect(try await browser.get("/pays-de-saint-eloy/deliberations/CC2023-09-01").body.string.contains("Suivi : Projet"))

            let early = try await browser.post("/pays-de-saint-eloy/deliberations/CC2023-09-01/suivi", ["receivedOn": "2023-09-15"])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("La délibération doit être adoptée avant d&#39;être transmise.")
                    || early.body.string.contains("La délibération doit être adoptée avant d'être transmise."))

            let tooMany = try await browser.post("/pays-de-saint-eloy/deliberations/CC2023-09-01/vote", ["pour": "60"])
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.body.string.contains("dépasse le nombre de votants (53)"))
            #expect(try await RegisterFixture.entry(app, number: "CC2023-09-01").deliberation.votePour == nil)

            #expect(try await browser.post("/pays-de-saint-eloy/deliberations/CC2023-09-01/vote", ["pour": "53"]).status == .seeOther)
            let beforeVote = try await browser.post("/pays-de-saint-eloy/deliberations/CC2023-09-01/suivi", ["receivedOn": "2023-09-01"])
            #expect(beforeVote.body.string.contains("La transmission du 01/09/2023 ne peut pas précéder le vote du 12/09/2023."))

            // After 1 July 2022 an EPCI à fiscalité propre must publish electronically: affichage is not enough.
            let posted = try await browser.post("/pays-de-saint-eloy/deliberations/CC2023-09-01/suivi",
                                                ["receivedOn": "2023-09-15", "publishedOn": "2023-09-16", "publicationMode": "affichage"])
            #expect(posted.status == .seeOther)
            var body = try await browser.get("/pays-de-saint-eloy/deliberations/CC2023-09-01").body.string
            #expect(body.contains("Suivi : Publiée"))
            #expect(body.contains("l&#39;affichage ne suffit pas") || body.contains("l'affichage ne suffit pas"))

            #expect(try await browser.post("/pays-de-saint-eloy/deliberations/CC2023-09-01/suivi",
                                           ["receivedOn": "2023-09-15", "publishedOn": "2023-09-16",
                                            "publicationMode": "publicationElectronique"]).status == .seeOther)
            body = try await browser.get("/pays-de-saint-eloy/deliberations/CC2023-09-01").body.string
            #expect(body.contains("Suivi : Exécutoire"))
            #expect(body.contains("ordonnance n° 2021-1310"))
        }
    }

    @Test func councilCSVImportSavesAllLinesOrNone() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let bad = """
            nom;commune;qualite;titulaire;debut_mandat;fin_mandat
            Jeanne NOUVELLE;Youx;titulaire;;15/07/2020;
            Paul DUPRE;Youx;conseiller;;;
            Luc MARTIN;Youx;suppléant;Personne INCONNUE;;
            Anne ROUX;Ars-les-Favets;titulaire;;31/02/2020;
            """
            let before = try await CouncilMember.query(on: app.db).count()
            let refused = try await browser.post("/pays-de-saint-eloy/conseil/import", ["csv": bad])
            #expect(refused.status == .unprocessableEntity)
            let text = refused.body.string.replacingOccurrences(of: "&#39;", with: "'")
            #expect(text.contains("Ligne 3 : la qualité « conseiller » est inconnue (attendu : titulaire ou suppléant)."))
            #expect(text.contains("Ligne 5 : La date « 31/02/2020 » (début de mandat) n'est pas une date valide"))
            #expect(try await CouncilMember.query(on: app.db).count() == before)

            let unknownTitulaire = "nom,qualite,titulaire\nLuc MARTIN,suppléant,Personne INCONNUE\n"
            let refusedAgain = try await browser.post("/pays-de-saint-eloy/conseil/import", ["csv": unknownTitulaire])
            #expect(refusedAgain.body.string.replacingOccurrences(of: "&#39;", with: "'")
                .contains("Ligne 2 : le titulaire « Personne INCONNUE » du suppléant Luc MARTIN n'est pas membre du conseil."))

            let good = "nom;commune;qualite;titulaire;debut_mandat;fin_mandat\nJeanne NOUVELLE;Youx;titulaire;;15/07/2020;\nLuc MARTIN;Youx;suppléant;Jeanne NOUVELLE;2020-07-15;\n"
            #expect(try await browser.post("/pays-de-saint-eloy/conseil/import", ["csv": good]).status == .seeOther)
            let roster = try await RegisterFixture.roster(app)
            #expect(roster.titulaires.count == 54)
            let jeanne = try #require(roster.titulaires.first { $0.name == "Jeanne NOUVELLE" })
            #expect(jeanne.commune == "Youx")
            #expect(jeanne.mandateStart == "2020-07-15")
            #expect(roster.suppleant(of: jeanne)?.name == "Luc MARTIN")
            #expect(try await browser.get("/pays-de-saint-eloy/conseil").body.string.contains("Supplée Jeanne NOUVELLE"))
        }
    }

    @Test func memberAddedByHandCountsFromTheStartOfTheMandate() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let res = try await browser.post("/pays-de-saint-eloy/conseil/membres", ["name": "Jeanne NOUVELLE", "commune": "Youx",
                                                                  "role": "titulaire", "mandateStart": "2023-01-01"])
            #expect(res.status == .seeOther)
            let roster = try await RegisterFixture.roster(app)
            #expect(roster.titulaires(inOfficeOn: CivilDate("2022-06-07")!).count == 53)
            #expect(roster.titulaires(inOfficeOn: CivilDate("2023-06-07")!).count == 54)
            let duplicate = try await browser.post("/pays-de-saint-eloy/conseil/membres", ["name": "jeanne nouvelle", "role": "titulaire"])
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.string.contains("Jeanne NOUVELLE est déjà membre du conseil."))
            #expect(try await CouncilMember.query(on: app.db).count() == 55)
        }
    }

    @Test func settingsCheckTheSiretAgainstTheSiren() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let wrong = try await browser.post("/pays-de-saint-eloy/conseil/parametres", ["siret": "12345678900011", "ownTaxation": "1"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Le SIRET doit commencer par le SIREN du territoire (200072080)."))
            let badKey = try await browser.post("/pays-de-saint-eloy/conseil/parametres", ["siret": "20007208000011", "ownTaxation": "1"])
            #expect(badKey.body.string.contains("clé de contrôle"))
            #expect(try await RegisterSettings.query(on: app.db).count() == 0)
        }
    }
}
