@testable import App
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The journal's date, person and kind filters, its French refusals and its CSV export.
@Suite struct JournalFilterTests {
    /// A moment written as a Paris wall clock, independent of the code under test.
    static func paris(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Paris")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    /// Three entries: late on 1 March, at 0 h 30 on 2 March in Paris by another person (still
    /// 1 March in UTC, so a filter by UTC days would misplace it), and a deliberation on 20 March.
    static func seed(_ app: Application) async throws {
        let territoryID = try await Seed.territoryID(on: app.db)
        let other = try await TestAccounts.create(app, role: .coordinateur, email: "autre.personne@exemple.fr")
        try await Audit.record(on: app.db, user: nil, territoryID: territoryID, entity: .sousAction, entityID: 1,
                               field: "Statut premier", after: "réalisé", at: paris("2026-03-01 23:30"))
        try await Audit.record(on: app.db, user: other, territoryID: territoryID, entity: .sousAction, entityID: 2,
                               field: "Statut deuxième", after: "en cours", at: paris("2026-03-02 00:30"))
        try await Audit.record(on: app.db, user: nil, territoryID: territoryID, entity: .deliberation, entityID: 3,
                               field: "Objet troisième", after: "CTG", at: paris("2026-03-20 10:05"))
    }

    @Test func filtersByParisDaysPersonAndKind() async throws {
        try await withApp { app in
            try await Self.seed(app)
            let lecteur = try await signIn(app, as: .lecteur)
            let first = try await lecteur.get("/admin/journal?du=01/03/2026&au=01/03/2026").body.string
            #expect(first.contains("Statut premier"))
            #expect(!first.contains("Statut deuxième"))
            #expect(first.contains("1 modification — page 1 sur 1"))
            let march = try await lecteur.get("/admin/journal?du=2026-03-02&au=31/03/2026").body.string
            #expect(!march.contains("Statut premier") && march.contains("Statut deuxième") && march.contains("Objet troisième"))
            let byPerson = try await lecteur.get("/admin/journal?auteur=autre.personne@exemple.fr").body.string
            #expect(byPerson.contains("Statut deuxième") && !byPerson.contains("Objet troisième"))
            let byKind = try await lecteur.get("/admin/journal?type=deliberation").body.string
            #expect(byKind.contains("Objet troisième") && !byKind.contains("Statut premier"))
            #expect(byKind.contains("<option value=\"deliberation\" selected>Délibération</option>"))
            #expect(byKind.contains("href=\"/admin/journal.csv?type=deliberation\""))
        }
    }

    @Test func badDatesGetAFrenchMessageNotAServerError() async throws {
        try await withApp { app in
            try await Self.seed(app)
            let lecteur = try await signIn(app, as: .lecteur)
            let impossible = try await lecteur.get("/admin/journal?du=31/02/2026")
            #expect(impossible.status == .badRequest)
            #expect(impossible.body.string.contains("La date de début « 31/02/2026 » n".inPage))
            let reversed = try await lecteur.get("/admin/journal?du=10/03/2026&au=09/03/2026")
            #expect(reversed.status == .badRequest)
            #expect(reversed.body.string.contains("La date de fin (09/03/2026) précède la date de début (10/03/2026)."))
            #expect(try await lecteur.get("/admin/journal.csv?au=hier").status == .badRequest)
        }
    }

    @Test func theCSVExportsTheFilteredJournalWithFrenchHeadersAndDates() async throws {
        try await withApp { app in
            try await Self.seed(app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let response = try await coordinateur.get("/admin/journal.csv?du=01/03/2026&au=02/03/2026")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "csv")
            let text = response.body.string
            #expect(text.contains("Date;Auteur;Type;Fiche;Champ;Modification;Avant;Après\r\n"))
            #expect(text.contains("1er mars 2026 à 23 h 30;ligne de commande;Sous-action;;Statut premier;"))
            #expect(text.contains("2 mars 2026 à 0 h 30;autre.personne@exemple.fr;"))
            #expect(!text.contains("Objet troisième"))
            #expect(try await signIn(app, as: .referent, organisation: "AFJC").get("/admin/journal.csv").status == .forbidden)
        }
    }

    @Test func theInstanceJournalIsTheAdminsAndFiltered() async throws {
        try await withApp { app in
            for (author, day) in [("admin.un@exemple.fr", "2026-01-05 09:00"), ("admin.deux@exemple.fr", "2026-02-05 09:00")] {
                let entry = InstanceJournalEntry()
                entry.createdAt = Self.paris(day)
                entry.author = author
                entry.summary = "Compte créé par \(author)"
                try await entry.create(on: app.db)
            }
            let admin = try await CafFixture.signIn(app, role: .admin)
            let home = try await admin.get("/admin/territoires").body.string
            #expect(home.contains("href=\"/admin/journal-instance\""))
            let all = try await admin.get("/admin/journal-instance")
            #expect(all.status == .ok)
            #expect(all.body.string.contains("Compte créé par admin.un@exemple.fr"))
            let february = try await admin.get("/admin/journal-instance?du=01/02/2026").body.string
            #expect(february.contains("Compte créé par admin.deux") && !february.contains("Compte créé par admin.un"))
            let byAuthor = try await admin.get("/admin/journal-instance?auteur=admin.un@exemple.fr").body.string
            #expect(byAuthor.contains("Compte créé par admin.un") && !byAuthor.contains("Compte créé par admin.deux"))
            #expect(try await admin.get("/admin/journal-instance?au=30/02/2026").status == .badRequest)
            #expect(try await signIn(app, as: .coordinateur).get("/admin/journal-instance").status == .forbidden)
        }
    }
}
