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

    @Test func theSixthAttemptOnOneAccountWaitsEvenWithTheRightPassword() async throws {
        try await withApp { app in
            app.accountSettings.trustProxy = true
            // Every attempt at one instant: on a loaded machine the 15 s wait could otherwise run out mid-test.
            let instant = Date()
            app.accountSettings.clock = { instant }
            let user = try await TestAccounts.create(app, role: .coordinateur)
            // Each failure from a different address: only the per-account limit can trigger.
            for attempt in 1...5 {
                let response = try await browser(app, from: "198.51.100.\(attempt)").signIn(email: user.email, password: "mauvais mot de passe")
                #expect(response.status == .unauthorized, "tentative \(attempt)")
            }
            let sixth = try await browser(app, from: "198.51.100.6").signIn(email: user.email)
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.body.string.contains("Trop de tentatives de connexion pour ce compte. Réessayez dans 15 secondes."))
            // Case does not make it another account.
            let shouted = try await browser(app, from: "198.51.100.7").signIn(email: user.email.uppercased())
            #expect(shouted.status == .tooManyRequests)
            // Another account from a fresh address is unaffected.
            let other = try await TestAccounts.create(app, role: .lecteur)
            #expect(try await browser(app, from: "198.51.100.8").signIn(email: other.email).status == .seeOther)
        }
    }

    /// An address over its limit is refused, but the account it tried is not locked:
    /// its owner signs in from another address (issue 7 §3).
    @Test func anAddressOverItsLimitIsRefusedWithoutLockingTheAccount() async throws {
        try await withApp { app in
            app.accountSettings.trustProxy = true
            let user = try await TestAccounts.create(app, role: .coordinateur)
            for attempt in 1...LoginThrottle.addressLimit {
                let response = try await browser(app, from: "192.0.2.10").signIn(email: "inconnu\(attempt)@exemple.fr", password: "x")
                #expect(response.status == .unauthorized)
            }
            let refused = try await browser(app, from: "192.0.2.10").signIn(email: user.email)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains(LoginThrottle.addressRefusal.inPage))
            #expect(try await browser(app, from: "192.0.2.11").signIn(email: user.email).status == .seeOther)
        }
    }

    /// Twenty wrong passwords at the same moment: the count and the check are one step,
    /// so no more than the free attempts have their password checked (each checked
    /// failure leaves one row), and the right password afterwards must still wait.
    @Test func parallelAttemptsCannotExceedTheLimit() async throws {
        try await withApp { app in
            app.accountSettings.trustProxy = true
            // Every attempt at the same instant: however slow the machine, the last one still falls within the wait.
            let instant = Date()
            app.accountSettings.clock = { instant }
            let user = try await TestAccounts.create(app, role: .coordinateur)
            let attacker = browser(app, from: "203.0.113.9")
            let wrong = ["email": user.email, "password": "mauvais mot de passe"]
            let answers = try await attacker.postAllAtOnce(SiteURL.signIn.path, Array(repeating: wrong, count: 20))
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            let checked = try await LoginAttempt.query(on: app.db).filter(\.$email == user.email).count()
            #expect(checked <= LoginThrottle.backoff.freeAttempts)
            #expect(answers.count(.unauthorized) == checked)
            #expect(answers.count(.tooManyRequests) == 20 - checked)
            let right = try await browser(app, from: "203.0.113.9").signIn(email: user.email)
            #expect(right.status == .tooManyRequests)
            #expect(try await LoginAttempt.query(on: app.db).filter(\.$email == user.email).count() == checked)
        }
    }

    @Test func failuresOlderThanTheWindowNoLongerCountAndTheWaitDoubles() async throws {
        try await withApp { app in
            let now = Date()
            func admitted(_ email: String, _ address: String, at date: Date) async throws -> Bool {
                if case .admitted = try await LoginThrottle.admit(email: email, address: address, on: app.db, now: date) { return true }
                return false
            }
            for minutes in [16.0, 20, 30, 40, 50, 60] {
                try await LoginAttempt(email: "a@exemple.fr", address: "192.0.2.1", at: now.addingTimeInterval(-minutes * 60)).create(on: app.db)
            }
            #expect(try await admitted("a@exemple.fr", "192.0.2.1", at: now))
            for _ in 1...4 { #expect(try await admitted("A@exemple.fr ", "192.0.2.2", at: now)) }
            // Five failures within the window: the next attempt waits 15 s, from any address.
            #expect(try await !admitted("a@exemple.fr", "192.0.2.3", at: now.addingTimeInterval(14)))
            #expect(try await admitted("b@exemple.fr", "192.0.2.2", at: now))
            #expect(try await admitted("a@exemple.fr", "192.0.2.3", at: now.addingTimeInterval(16)))
            // Six failures: the wait doubles, from the last attempt.
            #expect(try await !admitted("a@exemple.fr", "192.0.2.3", at: now.addingTimeInterval(16 + 29)))
            #expect(try await admitted("a@exemple.fr", "192.0.2.3", at: now.addingTimeInterval(16 + 31)))
            // Once the window has passed, the failures no longer count.
            #expect(try await admitted("a@exemple.fr", "192.0.2.3", at: now.addingTimeInterval(16 + 31 + 15 * 60 + 1)))
        }
    }

    @Test func forwardedAddressesAreIgnoredUnlessTheProxyIsTrusted() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            // Without CTG_TRUST_PROXY a client cannot dodge the per-address limit by inventing X-Forwarded-For.
            for attempt in 1...LoginThrottle.addressLimit {
                _ = try await browser(app, from: "198.51.100.\(attempt)").signIn(email: "x\(attempt)@exemple.fr", password: "x")
            }
            #expect(try await browser(app, from: "198.51.100.99").signIn(email: user.email).status == .tooManyRequests)
            #expect(try await LoginAttempt.query(on: app.db).filter(\.$address == "198.51.100.1").count() == 0)
        }
    }
}
