@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

@Suite struct AuditTests {
    @Test func accountChangesAreJournaled() async throws {
        try await withApp { app in
            let admin = try await TestAccounts.create(app, role: .coordinateur, email: "coord@exemple.fr")
            let browser = Browser(app)
            try await browser.signIn(email: admin.email)
            let created = try await browser.post("/admin/utilisateurs", [
                "email": "Referente@Exemple.fr", "role": "referent", "password": "un mot de passe assez long",
                "organisation": String(try await Self.organisationID("AFJC", app)),
            ])
            #expect(created.status == .seeOther)
            let user = try #require(try await User.find(email: "referente@exemple.fr", on: app.db))

            let creation = try #require(try await Self.entries(app, userID: user.requireID()).first)
            #expect(creation.userEmail == "coord@exemple.fr")
            #expect(creation.$user.id == admin.id)
            #expect(creation.entity == .user)
            #expect(creation.summary == "Compte créé : referente@exemple.fr (Référent partenaire, AFJC)")

            let changed = try await browser.post("/admin/utilisateurs/\(user.requireID())", ["role": "lecteur", "organisation": ""])
            #expect(changed.status == .seeOther)
            let entries = try await Self.entries(app, userID: user.requireID())
            let role = try #require(entries.first { $0.field == "Rôle" })
            #expect(role.before == "Référent partenaire")
            #expect(role.after == "Lecteur (CAF, élu)")
            let organisation = try #require(entries.first { $0.field == "Organisation" })
            #expect(organisation.before == "AFJC")
            #expect(organisation.after == nil)

            #expect(try await browser.post("/admin/utilisateurs/\(user.requireID())/activation", ["active": "0"]).status == .seeOther)
            let deactivation = try #require(try await Self.entries(app, userID: user.requireID()).first { $0.field == "État du compte" })
            #expect(deactivation.before == "actif")
            #expect(deactivation.after == "désactivé")
            #expect(try await User.find(user.id, on: app.db)?.isActive == false)
        }
    }

    @Test func aFicheHistoryListsItsChangesNewestFirst() async throws {
        try await withApp { app in
            let action = try await AccessTests.action("1-1-1", app)
            let other = try await AccessTests.action("1-1-2", app)
            let user = try await TestAccounts.create(app, role: .referent, organisation: "AFJC")
            let start = Date(timeIntervalSince1970: 1_700_000_000)
            try await app.db.transaction { tx in
                try await Audit.record(on: tx, user: user, action: action, entity: .sousAction, entityID: 1,
                                       field: "Statut 2023", before: "à venir", after: "en cours")
                try await Audit.record(on: tx, user: user, action: other, entity: .action, entityID: other.id,
                                       field: "Commentaire", before: nil, after: "Fait")
            }
            let territoryID = try #require(try await AccessPolicy.territoryID(ofConvention: action.$convention.id, on: app.db))
            try await Audit.record(on: app.db, user: nil, territoryID: territoryID, conventionID: action.$convention.id,
                                   entity: .indicator, entityID: 7, actionCode: "1-1-1", field: "Cible 2024",
                                   before: "70 %", after: "75 %", at: start)

            let history = try await Audit.history(actionCode: "1-1-1", conventionID: action.$convention.id, on: app.db)
            #expect(history.map(\.field) == ["Statut 2023", "Cible 2024"])
            #expect(history[0].summary == "Sous-action 1-1-1 — Statut 2023 : « à venir » → « en cours »")
            #expect(history[0].userEmail == user.email)
            #expect(history[1].userEmail == Audit.commandLineAuthor)
            #expect(Audit.describe(entity: .action, actionCode: "1-1-2", field: "Commentaire", before: nil, after: "Fait")
                    == "Fiche-action 1-1-2 — Commentaire : « Fait » ajouté")
        }
    }

    @Test func aChangeAndItsEntryShareTheTransaction() async throws {
        try await withApp { app in
            let action = try await AccessTests.action("1-1-1", app)
            struct Rollback: Error {}
            await #expect(throws: Rollback.self) {
                try await app.db.transaction { tx in
                    try await Audit.record(on: tx, user: nil, action: action, entity: .action, entityID: action.id,
                                           field: "Titre", before: "a", after: "b")
                    throw Rollback()
                }
            }
            #expect(try await AuditEntry.query(on: app.db).filter(\.$field == "Titre").count() == 0)
        }
    }

    @Test func theJournalIsForCoordinateursAndLecteursFilteredAndPaginated() async throws {
        try await withApp { app in
            let action = try await AccessTests.action("1-2-1", app)
            for index in 1...60 {
                try await Audit.record(on: app.db, user: nil, action: action, entity: .sousAction, entityID: index,
                                       field: "Statut \(index)", before: nil, after: "réalisé")
            }
            let lecteur = try await signIn(app, as: .lecteur)
            let first = try await lecteur.get("/admin/journal?code=1-2-1")
            #expect(first.status == .ok)
            #expect(first.body.string.contains("60 modifications — page 1 sur 2"))
            #expect(first.body.string.contains("Statut 60"))
            #expect(!first.body.string.contains("Statut 10 "))
            #expect(first.body.string.contains("href=\"/admin/journal?code=1-2-1&amp;page=2\""))
            let second = try await lecteur.get("/admin/journal?code=1-2-1&page=2")
            #expect(second.body.string.contains("Statut 1 :"))
            let none = try await lecteur.get("/admin/journal?code=4-4-4")
            #expect(none.body.string.contains("Aucune modification"))
            let byAuthor = try await lecteur.get("/admin/journal?auteur=personne@exemple.fr")
            #expect(byAuthor.body.string.contains("Aucune modification"))

            #expect(try await signIn(app, as: .coordinateur).get("/admin/journal").status == .ok)
            #expect(try await signIn(app, as: .referent, organisation: "AFJC").get("/admin/journal").status == .forbidden)
            #expect(try await Browser(app).get("/admin/journal").headers.first(name: .location) == "/connexion?next=/admin/journal")
        }
    }

    static func entries(_ app: Application, userID: Int) async throws -> [AuditEntry] {
        try await AuditEntry.query(on: app.db).filter(\.$entity == .user).filter(\.$entityID == userID)
            .sort(\.$id).all()
    }

    static func organisationID(_ name: String, _ app: Application) async throws -> Int {
        try #require(try await Organisation.query(on: app.db).filter(\.$name == name).first()).requireID()
    }
}
