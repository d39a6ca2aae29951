@testable import App
import Fluent
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite struct SignInTests {
    @Test func passwordsAreStoredAsBcryptHashes() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            #expect(user.passwordHash != TestAccounts.password)
            #expect(user.passwordHash.hasPrefix("$2b$"))
            #expect(try Bcrypt.verify(TestAccounts.password, created: user.passwordHash))
            #expect(try !Bcrypt.verify("mot de passe de tesT", created: user.passwordHash))
        }
    }

    @Test func signInThenSignOut() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .coordinateur)
            let browser = Browser(app)
            let form = try await browser.get("/connexion")
            #expect(form.status == .ok)
            #expect(form.body.string.contains(#"autocomplete="current-password""#))
            #expect(form.body.string.contains(#"<label for="email">"#))
            // A visitor gets no session row: the form's token is in a signed cookie (issue 7 §6).
            #expect(browser.session == nil)
            #expect(browser.anonymousCSRFCookie != nil)
            #expect(try await SessionRecord.query(on: app.db).count() == 0)

            let response = try await browser.signIn(email: user.email.uppercased(), next: "/admin/journal")
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/admin/journal")
            let firstSession = try #require(browser.session)
            // Signing in again gives a new session id: the one held before is worthless (session fixation).
            #expect(try await browser.post("/connexion", ["email": user.email, "password": TestAccounts.password]).status == .seeOther)
            #expect(browser.session != firstSession)
            #expect(try await SessionRecord.query(on: app.db).filter(\.$key == SessionID(string: firstSession)).count() == 0)

            let home = try await browser.get("/pays-de-saint-eloy")
            #expect(home.body.string.contains(user.email))
            #expect(home.body.string.contains("Se déconnecter"))
            #expect(try await browser.get("/admin/utilisateurs").status == .ok)

            let signOut = try await browser.post("/deconnexion")
            #expect(signOut.status == .seeOther)
            #expect(browser.session == nil)
            #expect(try await SessionRecord.query(on: app.db).count() == 0)
            let after = try await browser.get("/admin/utilisateurs")
            #expect(after.status == .seeOther)
            #expect(try await browser.get("/pays-de-saint-eloy").body.string.contains(">Connexion</a>"))
        }
    }

    @Test func wrongPasswordOrUnknownAddressGetTheSameFrenchMessage() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            for (email, password) in [(user.email, "pas le bon mot de passe"), ("personne@exemple.fr", TestAccounts.password)] {
                let browser = Browser(app)
                let response = try await browser.signIn(email: email, password: password)
                #expect(response.status == .unauthorized)
                #expect(response.body.string.contains("Adresse e-mail ou mot de passe incorrect."))
                #expect(response.body.string.contains(#"role="alert""#))
                #expect(try await browser.get("/admin/journal").status == .seeOther)
            }
        }
    }

    @Test func nextMustBeALocalPath() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            for next in ["//evil.example/x", "https://evil.example", "/\\evil.example", "javascript:alert(1)"] {
                let response = try await Browser(app).signIn(email: user.email, next: next)
                #expect(response.headers.first(name: .location) == Seed.path(.home), "next=\(next)")
            }
            #expect(SignInRedirect.localPath("/pays-de-saint-eloy/plan/fiches/1-1-1?convention=1") == "/pays-de-saint-eloy/plan/fiches/1-1-1?convention=1")
        }
    }

    @Test func cookiesAreHttpOnlyAndSameSiteAndSecureBehindTLS() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            let plain = Browser(app)
            let form = try #require(Browser.cookieLine(AnonymousCSRF.cookieName, in: try await plain.get("/connexion")))
            #expect(form.contains("HttpOnly") && form.contains("SameSite=Strict") && !form.contains("Secure"))
            let signedIn = try await plain.post("/connexion", ["email": user.email, "password": TestAccounts.password])
            let line = try #require(Browser.sessionCookieLine(signedIn))
            #expect(line.contains("HttpOnly"))
            #expect(line.contains("SameSite=Lax"))
            #expect(!line.contains("Secure"))

            let proxied = Browser(app)
            proxied.headers.add(name: "X-Forwarded-Proto", value: "https")
            let proxiedForm = try await proxied.get("/connexion")
            #expect(try #require(Browser.cookieLine(AnonymousCSRF.cookieName, in: proxiedForm)).contains("; Secure"))
            let proxiedSignIn = try await proxied.post("/connexion", ["email": user.email, "password": TestAccounts.password])
            #expect(try #require(Browser.sessionCookieLine(proxiedSignIn)).contains("; Secure"))

            app.accountSettings.secureCookies = true
            #expect(try #require(Browser.cookieLine(AnonymousCSRF.cookieName, in: try await Browser(app).get("/connexion"))).contains("; Secure"))
        }
    }

    @Test func publicPagesSetNoCookie() async throws {
        try await withApp { app in
            for path in ["/pays-de-saint-eloy", "/pays-de-saint-eloy/plan", "/pays-de-saint-eloy/plan/fiches/1-1-1", "/pays-de-saint-eloy/recherche"] {
                let response = try await Browser(app).get(path)
                #expect(response.status == .ok, "\(path)")
                #expect(Browser.sessionCookieLine(response) == nil, "\(path)")
                #expect(response.body.string.contains(">Connexion</a>"), "\(path)")
            }
        }
    }

    @Test func sessionsOlderThanAWeekArePrunedAtSignIn() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            let stale = Browser(app)
            try await stale.signIn(email: user.email)
            let staleKey = try #require(stale.session)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE _fluent_sessions SET created_at = '2000-01-01 00:00:00'").run()
            let fresh = Browser(app)
            try await fresh.signIn(email: user.email)
            let keys = try await SessionRecord.query(on: app.db).all().map(\.key.string)
            #expect(!keys.contains(staleKey))
            #expect(keys.contains(try #require(fresh.session)))
        }
    }

    @Test func deactivatedAccountsLoseTheirSessionAndCannotSignIn() async throws {
        try await withApp { app in
            let admin = try await TestAccounts.create(app, role: .coordinateur)
            let lecteur = try await TestAccounts.create(app, role: .lecteur)
            let browser = Browser(app)
            try await browser.signIn(email: lecteur.email)
            #expect(try await browser.get("/admin/journal").status == .ok)
            try await UserDirectory.setActive(lecteur, false, by: admin, on: app.db)
            #expect(try await browser.get("/admin/journal").status == .seeOther)
            #expect(try await Browser(app).signIn(email: lecteur.email).status == .unauthorized)
        }
    }
}
