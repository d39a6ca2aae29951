@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Every follow-up change leaves an audit entry, listed in the fiche's "Historique".
@Suite struct SuiviHistoryTests {
    @Test func statusAndCalendarChangesAreAuditedAndListed() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let referent = try await TestAccounts.create(app, role: .referent, organisation: "AFJC", email: "referente@afjc.fr")
            let browser = Browser(app)
            try await browser.signIn(email: referent.email)
            let status = try await SuiviFixture.statusPath("1-2-3-A", app)
            #expect(try await browser.post(status, ["year": "2023", "status": "en_cours", "date": "2023-04-12",
                                                     "comment": "Questionnaire envoyé"]).status == .seeOther)
            #expect(try await browser.post(status, ["year": "2023", "status": "realise", "date": "2023-06-01"]).status == .seeOther)
            #expect(try await browser.post(try await SuiviFixture.calendarPath("1-2-3-A", app),
                                           ["calendar": "1", "years[0]": "2023", "years[1]": "2024"]).status == .seeOther)

            let entries = try await Audit.history(actionCode: "1-2-3", conventionID: try await SuiviFixture.conventionID(app), on: app.db)
            #expect(entries.count == 3)
            let sub = try await SuiviFixture.sousAction("1-2-3-A", app)
            #expect(entries.allSatisfy { $0.entity == .sousAction && $0.entityID == sub.id && $0.userEmail == "referente@afjc.fr" })
            let calendar = try #require(entries.first)  // newest first
            #expect(calendar.field == "Calendrier — sous-action 1-2-3-A")
            #expect(calendar.before == "2023")
            #expect(calendar.after == "2023, 2024")
            let done = entries[1]
            #expect(done.field == "Statut 2023 — sous-action 1-2-3-A")
            #expect(done.before == "en cours")
            #expect(done.after == "réalisé")
            let first = entries[2]
            #expect(first.before == "à venir")
            #expect(first.after == "en cours")
            #expect(first.summary.contains("commentaire : « Questionnaire envoyé », constaté le 12 avril 2023"))

            // Any signed-in reader of the territory sees the tab; the public does not.
            let lecteur = try await signIn(app, as: .lecteur)
            let fiche = try await lecteur.get("/pays-de-saint-eloy/plan/fiches/1-2-3").text
            #expect(fiche.contains("<h2 id=\"historique-h\">Historique</h2>"))
            #expect(fiche.contains(first.summary.inPage))
            #expect(fiche.contains("referente@afjc.fr"))
            #expect(fiche.contains("<td>en cours</td><td>réalisé</td>"))
            #expect(!fiche.contains("/statut?"))  // a lecteur gets no form
            let anonymous = try await app.testing().sendRequest(.GET, "/pays-de-saint-eloy/plan/fiches/1-2-3").body.string
            #expect(!anonymous.contains("id=\"historique\""))
            #expect(!anonymous.contains("referente@afjc.fr"))
        }
    }

    @Test func weightChangesAreAuditedToo() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let action = try #require(try await PlanAction.query(on: app.db).filter(\.$code == "2-1-1").first())
            #expect(try await coordinateur.post("/pays-de-saint-eloy/suivi/ponderations", ["action-\(try action.requireID())": "1,5"]).status == .seeOther)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .action).first())
            #expect(entry.actionCode == "2-1-1")
            #expect(entry.field == "Poids — Fiche 2-1-1")
            #expect(entry.before == nil)
            #expect(entry.after == "1,5")
            #expect(try await coordinateur.get("/pays-de-saint-eloy/plan/fiches/2-1-1").text.contains("Poids — Fiche 2-1-1"))
            // Posting the same values again changes nothing and records nothing.
            #expect(try await coordinateur.post("/pays-de-saint-eloy/suivi/ponderations", ["action-\(try action.requireID())": "1.5"]).status == .seeOther)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .action).count() == 1)
        }
    }
}
