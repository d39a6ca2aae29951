@testable import App
import Fluent
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Issue 7 §6: visitors get no session row (their form token is a signed cookie),
/// sign-in keeps its CSRF protection, and old sessions are pruned on a schedule.
@Suite struct AnonymousSessionTests {
    @Test func anonymousVisitsCreateNoSessionRow() async throws {
        try await withApp { app in
            for _ in 0..<20 {
                let response = try await Browser(app).get(SiteURL.signIn.path)
                #expect(response.status == .ok)
                #expect(Browser.sessionCookieLine(response) == nil)
            }
            // A made-up or forgotten session cookie is not turned into a new row either.
            for index in 0..<5 {
                let response = try await app.testing().sendRequest(.GET, SiteURL.signIn.path,
                                                                   headers: ["Cookie": "\(AccountsSetup.cookieName)=invente\(index)"])
                #expect(response.status == .ok)
            }
            #expect(try await SessionRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func signInStillNeedsTheSignedCookieAndTheSameToken() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            let form = ["email": user.email, "password": TestAccounts.password]
            let visitor = Browser(app)
            try await visitor.get(SiteURL.signIn.path)
            let token = try #require(visitor.csrf)
            #expect(visitor.anonymousCSRFCookie == token)

            // The token without its cookie (another site's form): refused.
            let noCookie = try await app.testing().sendRequest(.POST, SiteURL.signIn.path, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                                               body: ByteBuffer(string: Browser.encode(form.merging(["csrf": token]) { $1 })))
            #expect(noCookie.status == .forbidden)
            // A cookie and field the attacker made up together, without our signature: refused.
            let forged = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
            let planted = try await app.testing().sendRequest(.POST, SiteURL.signIn.path,
                                                              headers: ["Content-Type": "application/x-www-form-urlencoded",
                                                                        "Cookie": "\(AnonymousCSRF.cookieName)=\(forged)"],
                                                              body: ByteBuffer(string: Browser.encode(form.merging(["csrf": forged]) { $1 })))
            #expect(planted.status == .forbidden)
            // Another visitor's genuine token with this browser's cookie: refused.
            let other = Browser(app)
            try await other.get(SiteURL.signIn.path)
            #expect(try await visitor.post(SiteURL.signIn.path, form.merging(["csrf": try #require(other.csrf)]) { $1 }, csrf: false).status == .forbidden)
            #expect(try await SessionRecord.query(on: app.db).count() == 0)

            let signedIn = try await visitor.post(SiteURL.signIn.path, form)
            #expect(signedIn.status == .seeOther)
            #expect(visitor.session != nil)
            #expect(try await SessionRecord.query(on: app.db).count() == 1)
            // Once signed in, forms carry the session's own token, not the visitor's.
            try await visitor.get(Seed.path(.home))
            #expect(visitor.csrf != token)
            #expect(try await visitor.send(.POST, SiteURL.signOut.path, form: ["csrf": token]).status == .forbidden)
            #expect(try await visitor.post(SiteURL.signOut.path).status == .seeOther)
            #expect(try await SessionRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func theScheduledJobPrunesExpiredSessions() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            let old = Browser(app), current = Browser(app)
            try await old.signIn(email: user.email)
            try await current.signIn(email: user.email)
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE _fluent_sessions SET created_at = '2000-01-01 00:00:00' WHERE key = \(bind: try #require(old.session))").run()

            try await SessionHousekeeping.prune(on: app.db)
            let keys = try await SessionRecord.query(on: app.db).all().map(\.key.string)
            #expect(keys == [try #require(current.session)])
        }
    }

    @Test func theScheduleStartsAtBootAndStopsAtShutdown() async throws {
        try await withApp { app in
            let schedule = SessionHousekeeping.Schedule()
            try schedule.didBoot(app)
            #expect(schedule.isRunning)
            await schedule.shutdownAsync(app)
            #expect(!schedule.isRunning)
        }
    }
}

@Suite struct AnonymousCSRFKeyTests {
    @Test func instancesSharingASecretAcceptEachOthersCookies() {
        let token = AnonymousCSRF.newToken(key: AnonymousCSRF.key(secret: "un secret partagé entre les instances"))
        #expect(AnonymousCSRF.isSigned(token, key: AnonymousCSRF.key(secret: "un secret partagé entre les instances")))
        #expect(!AnonymousCSRF.isSigned(token, key: AnonymousCSRF.key(secret: "un autre secret")))
        // Without a secret each start draws its own key.
        #expect(!AnonymousCSRF.isSigned(token, key: AnonymousCSRF.key(secret: nil)))
    }
}
