@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// Accounts carry a person's name (issue 13): given by the coordinateur or on the command line,
/// changed by the person, shown in the navigation and the users list, and journaled.
@Suite struct UserNameTests {
    @Test func theCoordinateurInvitesSomeoneByName() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let page = try await browser.get("/admin/utilisateurs")
            #expect(page.body.string.contains(#"<label for="new-name""#))
            let response = try await browser.post("/admin/utilisateurs", [
                "email": "yasmina@exemple.fr", "name": "  Yasmina   Benali ", "role": "lecteur", "password": "",
            ])
            #expect(response.status == .ok)
            let user = try #require(try await User.find(email: "yasmina@exemple.fr", on: app.db))
            #expect(user.displayName == "Yasmina Benali")
            #expect(response.body.string.contains("Yasmina Benali"))
            let created = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .user)
                .filter(\.$entityID == user.id).first())
            #expect(created.summary.contains("Yasmina Benali"))
        }
    }

    @Test func thePersonSetsTheirNameAndSeesItInTheNavigation() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .referent, organisation: "AFJC")
            let browser = Browser(app)
            try await browser.signIn(email: user.email)
            let account = try await browser.get("/compte/mot-de-passe").body.string
            #expect(account.contains("Connecté : \(user.email)"))
            // The page sets the name too: it is « Mon compte », at the same address.
            #expect(account.contains("<h1>Mon compte</h1>") && account.contains("<title>Mon compte"))
            #expect(!account.contains("Changer mon mot de passe"))
            let saved = try await browser.post("/compte/nom", ["name": "Éloïse Martin-Faure"])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == "/compte/mot-de-passe?message=nom")
            let page = try await browser.get("/compte/mot-de-passe?message=nom").body.string
            #expect(page.contains("Connecté : Éloïse Martin-Faure"))
            #expect(page.contains("Votre nom a été enregistré."))
            #expect(page.contains(#"value="Éloïse Martin-Faure""#))
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$field == "Nom").first())
            #expect(entry.before == nil)
            #expect(entry.after == "Éloïse Martin-Faure")
            #expect(entry.userEmail == user.email)
            // Cleared: the address is shown again.
            _ = try await browser.post("/compte/nom", ["name": "  "])
            #expect(try await User.find(user.id, on: app.db)?.displayName == nil)
            #expect(try await browser.get("/compte/mot-de-passe").body.string.contains("Connecté : \(user.email)"))
        }
    }

    @Test func aTooLongNameIsRefusedInFrenchAndNothingIsSaved() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            let browser = Browser(app)
            try await browser.signIn(email: user.email)
            let entries = try await AuditEntry.query(on: app.db).count()
            let refused = try await browser.post("/compte/nom", ["name": String(repeating: "x", count: 201)])
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Prénom et nom"))
            #expect(refused.body.string.contains("200"))
            #expect(try await User.find(user.id, on: app.db)?.displayName == nil)
            #expect(try await AuditEntry.query(on: app.db).count() == entries)
        }
    }

    @Test func theCoordinateurRenamesAnAccountOfTheTerritory() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let lecteur = try await TestAccounts.create(app, role: .lecteur)
            let response = try await browser.post("/admin/utilisateurs/\(lecteur.requireID())",
                                                  ["name": "Paul Roux", "role": "lecteur"])
            #expect(response.status == .seeOther)
            #expect(try await User.find(lecteur.id, on: app.db)?.displayName == "Paul Roux")
            let list = try await browser.get("/admin/utilisateurs").body.string
            #expect(list.contains("Paul Roux<br><small>\(lecteur.email)</small>"))
        }
    }

    @Test func theCommandLineTakesAName() async throws {
        try await withApp { app in
            let user = try await UserCreateCommand.create(
                .init(email: "cli.nom@exemple.fr", password: "un mot de passe long", role: "lecteur",
                      organisation: nil, territory: nil, name: "Chloé Garnier"),
                on: app.db, hasher: app.password.async)
            #expect(user.displayName == "Chloé Garnier")
            // The confirmation line names the person, and stays as before without a name.
            #expect(UserCreateCommand.confirmation(user, organisation: nil) == "Compte créé : Chloé Garnier, cli.nom@exemple.fr (Lecteur (CAF, élu)).")
            let anonymous = try await UserCreateCommand.create(
                .init(email: "cli.sans.nom@exemple.fr", password: "un mot de passe long", role: "referent",
                      organisation: "AFJC", territory: nil),
                on: app.db, hasher: app.password.async)
            #expect(UserCreateCommand.confirmation(anonymous, organisation: "AFJC") == "Compte créé : cli.sans.nom@exemple.fr (Référent partenaire, AFJC).")
            _ = try await UserInviteCommand.invite(email: "cli.nom@exemple.fr", site: nil, name: "Chloé Garnier-Lopez",
                                                   on: app.db)
            #expect(try await User.find(user.id, on: app.db)?.displayName == "Chloé Garnier-Lopez")
            do {
                _ = try await UserInviteCommand.invite(email: "cli.nom@exemple.fr", site: nil,
                                                       name: String(repeating: "a", count: 201), on: app.db)
                Issue.record("un nom trop long doit être refusé")
            } catch let failure as CommandFailure {
                #expect(failure.description.contains("Prénom et nom"))
            }
        }
    }
}
