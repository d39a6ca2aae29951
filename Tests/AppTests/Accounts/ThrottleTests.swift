@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

@Suite struct ThrottleTests {
    /// A browser coming from `address`, as our trusted proxy reports it.
    private func browser(_ app: Application, from address: String) -> Browser {
        let browser = Browser(app)
        browser.headers.replaceOrAdd(name: .xForwardedFor, value: "203.0.113.250, \(address)")
        return browser
    }

    @Test func theSixthAttemptOnOneAccountIsRefusedEvenWithTheRightPassword() async throws {
        try await withApp { app in
            app.accountSettings.trustProxy = true
            let user = try await TestAccounts.create(app, role: .coordinateur)
            // Each failure from a different address: only the per-account limit can trigger.
            for attempt in 1...5 {
                let response = try await browser(app, from: "198.51.100.\(attempt)").signIn(email: user.email, password: "mauvais mot de passe")
                #expect(response.status == .unauthorized, "tentative \(attempt)")
            }
            let sixth = try await browser(app, from: "198.51.100.6").signIn(email: user.email)
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.body.string.contains("Trop de tentatives de connexion. Réessayez dans quelques minutes."))
            // Case does not make it another account.
            let shouted = try await browser(app, from: "198.51.100.7").signIn(email: user.email.uppercased())
            #expect(shouted.status == .tooManyRequests)
            // Another account from a fresh address is unaffected.
            let other = try await TestAccounts.create(app, role: .lecteur)
            #expect(try await browser(app, from: "198.51.100.8").signIn(email: other.email).status == .seeOther)
        }
    }

    @Test func theSixthAttemptFromOneAddressIsRefused() async throws {
        try await withApp { app in
            app.accountSettings.trustProxy = true
            let user = try await TestAccounts.create(app, role: .lecteur)
            for attempt in 1...5 {
                let response = try await browser(app, from: "192.0.2.10").signIn(email: "inconnu\(attempt)@exemple.fr", password: "x")
                #expect(response.status == .unauthorized)
            }
            let sixth = try await browser(app, from: "192.0.2.10").signIn(email: user.email)
            #expect(sixth.status == .tooManyRequests)
            #expect(try await browser(app, from: "192.0.2.11").signIn(email: user.email).status == .seeOther)
        }
    }

    @Test func failuresOlderThanTheWindowNoLongerCount() async throws {
        try await withApp { app in
            let now = Date()
            for minutes in [16.0, 20, 30, 40, 50, 60] {
                try await LoginThrottle.recordFailure(email: "a@exemple.fr", address: "192.0.2.1",
                                                      on: app.db, now: now.addingTimeInterval(-minutes * 60))
            }
            #expect(try await !LoginThrottle.isBlocked(email: "a@exemple.fr", address: "192.0.2.1", on: app.db, now: now))
            for _ in 1...4 {
                try await LoginThrottle.recordFailure(email: "A@exemple.fr ", address: "192.0.2.2", on: app.db, now: now)
            }
            #expect(try await !LoginThrottle.isBlocked(email: "a@exemple.fr", address: "192.0.2.3", on: app.db, now: now))
            try await LoginThrottle.recordFailure(email: "a@exemple.fr", address: "192.0.2.2", on: app.db, now: now)
            #expect(try await LoginThrottle.isBlocked(email: "a@exemple.fr", address: "192.0.2.3", on: app.db, now: now))
            #expect(try await LoginThrottle.isBlocked(email: "b@exemple.fr", address: "192.0.2.2", on: app.db, now: now))
            #expect(try await !LoginThrottle.isBlocked(email: "a@exemple.fr", address: "192.0.2.3", on: app.db,
                                                      now: now.addingTimeInterval(15 * 60 + 1)))
        }
    }

    @Test func forwardedAddressesAreIgnoredUnlessTheProxyIsTrusted() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            // Without CTG_TRUST_PROXY a client cannot dodge the per-address limit by inventing X-Forwarded-For.
            for attempt in 1...5 {
                _ = try await browser(app, from: "198.51.100.\(attempt)").signIn(email: "x\(attempt)@exemple.fr", password: "x")
            }
            #expect(try await browser(app, from: "198.51.100.99").signIn(email: user.email).status == .tooManyRequests)
            #expect(try await LoginAttempt.query(on: app.db).filter(\.$address == "198.51.100.1").count() == 0)
        }
    }
}
