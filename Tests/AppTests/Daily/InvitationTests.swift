@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 13 §4: the coordinateur invites a partner, who chooses a password through a
/// single-use link; a reset is a new link; everything is in the journal.
@Suite struct InvitationTests {
    /// The link shown on the page after an invitation or a reset.
    static func link(in html: String) throws -> String {
        let marker = #"id="issued-url" value=""#
        let range = try #require(html.range(of: marker))
        let url = html[range.upperBound...].prefix { $0 != "\"" }.replacingOccurrences(of: "&amp;", with: "&")
        let path = try #require(url.range(of: "/mot-de-passe?"))
        return String(url[path.lowerBound...])
    }

    static func invite(_ app: Application, _ coordinator: Browser, email: String, role: String = "lecteur",
                       organisation: String = "") async throws -> String {
        let page = try await coordinator.post("/admin/utilisateurs", [
            "email": email, "role": role, "organisation": organisation, "password": "",
        ])
        #expect(page.status == .ok)
        return try link(in: page.body.string)
    }

    @Test func anInviteeChoosesTheirPasswordOnceAndIsSignedIn() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let path = try await Self.invite(app, coordinator, email: "Elue.Nouvelle@Exemple.fr")
            let user = try #require(try await User.find(email: "elue.nouvelle@exemple.fr", on: app.db))
            #expect(user.role == .lecteur)
            // Nobody knows the account's password before the invitee chooses one.
            #expect(try await Browser(app).signIn(email: user.email, password: "").status == .unauthorized)
            let list = try await coordinator.get("/admin/utilisateurs").body.string
            #expect(list.contains("Invitation en attente"))
            #expect(!list.contains(path.inPage), "le lien n'est affiché qu'une fois")

            let invitee = Browser(app)
            let form = try await invitee.get(path)
            #expect(form.status == .ok)
            #expect(form.body.string.contains("elue.nouvelle@exemple.fr"))
            // The token must not leave for another site in a Referer.
            #expect(form.headers.first(name: "Referrer-Policy") == "no-referrer")
            let token = String(path.split(separator: "=").last ?? "")
            let mismatch = try await invitee.post("/mot-de-passe", ["jeton": token, "password": "un mot de passe sûr",
                                                                    "confirmation": "un autre mot de passe"])
            #expect(mismatch.status == .badRequest)
            #expect(mismatch.body.string.contains("ne sont pas identiques"))
            let short = try await invitee.post("/mot-de-passe", ["jeton": token, "password": "court", "confirmation": "court"])
            #expect(short.body.string.contains("au moins 12 caractères"))
            let done = try await invitee.post("/mot-de-passe", ["jeton": token, "password": "un mot de passe sûr",
                                                                "confirmation": "un mot de passe sûr"])
            #expect(done.status == .seeOther)
            #expect(done.headers.first(name: .location)?.hasPrefix("/\(Seed.slug)") == true)
            #expect(try await invitee.get("/compte/mot-de-passe").status == .ok, "l'invité est connecté")

            let again = try await Browser(app).get(path)
            #expect(again.status == .gone)
            #expect(again.body.string.contains("déjà servi".inPage))
            #expect(try await Browser(app).signIn(email: user.email, password: "un mot de passe sûr").status == .seeOther)
            let journal = try await AuditEntry.query(on: app.db).filter(\.$entity == .user)
                .filter(\.$entityID == user.id).all().map(\.summary)
            #expect(journal.contains { $0.hasPrefix("Compte créé : elue.nouvelle@exemple.fr") })
            #expect(journal.contains { $0.hasPrefix("Lien d'invitation créé pour elue.nouvelle@exemple.fr") })
            #expect(journal.contains { $0.hasPrefix("Mot de passe de elue.nouvelle@exemple.fr défini") })
        }
    }

    @Test func anExpiredOrUnknownLinkSaysSoAndSetsNothing() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let path = try await Self.invite(app, coordinator, email: "retard@exemple.fr")
            let token = String(path.split(separator: "=").last ?? "")
            app.accountSettings.clock = { Date().addingTimeInterval(49 * 3600) }
            let late = try await Browser(app).post("/mot-de-passe", ["jeton": token, "password": "un mot de passe sûr",
                                                                     "confirmation": "un mot de passe sûr"])
            #expect(late.status == .gone)
            #expect(late.body.string.contains("a expiré"))
            let unknown = try await Browser(app).get("/mot-de-passe?jeton=nimporte-quoi")
            #expect(unknown.status == .notFound)
            #expect(unknown.body.string.contains("pas valable"))
            app.accountSettings.clock = { Date() }
            #expect(try await Browser(app).signIn(email: "retard@exemple.fr", password: "un mot de passe sûr").status == .unauthorized)
        }
    }

    @Test func oneLinkSubmittedTwiceAtOnceSetsOnePassword() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let path = try await Self.invite(app, coordinator, email: "double@exemple.fr")
            let token = String(path.split(separator: "=").last ?? "")
            let invitee = Browser(app)
            try await invitee.get(path)
            let answers = try await invitee.postAllAtOnce("/mot-de-passe", [
                ["jeton": token, "password": "premier mot de passe", "confirmation": "premier mot de passe"],
                ["jeton": token, "password": "second mot de passe", "confirmation": "second mot de passe"],
            ])
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 1)
            #expect(answers.count(.seeOther) + answers.count(.conflict) + answers.count(.gone) == 2)
            #expect(try await User.query(on: app.db).filter(\.$email == "double@exemple.fr").count() == 1)
            let winner = answers.first { $0.status == .seeOther }?.index == 0 ? "premier mot de passe" : "second mot de passe"
            let loser = winner == "premier mot de passe" ? "second mot de passe" : "premier mot de passe"
            #expect(try await Browser(app).signIn(email: "double@exemple.fr", password: winner).status == .seeOther)
            #expect(try await Browser(app).signIn(email: "double@exemple.fr", password: loser).status == .unauthorized)
            let defined = try await AuditEntry.query(on: app.db).filter(\.$field == "Mot de passe").count()
            #expect(defined == 1)
        }
    }

    @Test func aResetLinkReplacesTheOldPasswordAndEndsOtherSessions() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let partner = try await TestAccounts.create(app, role: .referent, organisation: "AFJC")
            let partnerBrowser = Browser(app)
            try await partnerBrowser.signIn(email: partner.email)
            let page = try await coordinator.post("/admin/utilisateurs/\(partner.requireID())/reinitialisation")
            #expect(page.status == .ok)
            let path = try Self.link(in: page.body.string)
            // A second reset makes the first link useless.
            let second = try Self.link(in: try await coordinator.post("/admin/utilisateurs/\(partner.requireID())/reinitialisation").body.string)
            #expect(try await Browser(app).get(path).status == .notFound)
            let token = String(second.split(separator: "=").last ?? "")
            // Set a few seconds ahead, so the partner's earlier session is plainly older (sessions count whole seconds).
            app.accountSettings.clock = { Date().addingTimeInterval(5) }
            let done = try await Browser(app).post("/mot-de-passe", ["jeton": token, "password": "nouveau mot de passe",
                                                                     "confirmation": "nouveau mot de passe"])
            #expect(done.status == .seeOther)
            #expect(try await Browser(app).signIn(email: partner.email).status == .unauthorized, "l'ancien ne vaut plus")
            let ended = try await partnerBrowser.get("/compte/mot-de-passe")
            #expect(ended.status == .seeOther, "la session ouverte avant la réinitialisation est fermée")
        }
    }

    @Test func anotherTerritorysCoordinatorCannotResetAndReadersCannotInvite() async throws {
        try await withApp { app in
            let partner = try await TestAccounts.create(app, role: .lecteur)
            let reader = try await signIn(app, as: .lecteur)
            #expect(try await reader.post("/admin/utilisateurs", ["email": "x@exemple.fr", "role": "lecteur"]).status == .forbidden)
            let other = try await SecondTerritory.load(app)
            let foreign = try await signIn(app, as: .coordinateur, territoryID: try other.requireID())
            #expect(try await foreign.post("/admin/utilisateurs/\(partner.requireID())/reinitialisation").status == .notFound)
            #expect(try await AccountToken.query(on: app.db).count() == 0)
        }
    }
}
