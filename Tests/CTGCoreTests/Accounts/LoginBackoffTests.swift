import Foundation
import Testing
@testable import CTGCore

@Suite("Comptes — délai entre tentatives de connexion")
struct LoginBackoffTests {
    let backoff = LoginBackoff(freeAttempts: 5, firstDelay: 15, maximumDelay: 900)

    @Test func theFirstFailuresCostNothing() {
        for failures in 0..<5 { #expect(backoff.delay(afterFailures: failures) == 0) }
    }

    @Test func eachFurtherAttemptWaitsTwiceAsLongUpToTheCap() {
        #expect(backoff.delay(afterFailures: 5) == 15)
        #expect(backoff.delay(afterFailures: 6) == 30)
        #expect(backoff.delay(afterFailures: 7) == 60)
        #expect(backoff.delay(afterFailures: 10) == 480)
        #expect(backoff.delay(afterFailures: 11) == 900)
        #expect(backoff.delay(afterFailures: 10_000) == 900)
    }

    @Test func theWaitRunsFromTheLastAttempt() {
        let last = Date(timeIntervalSince1970: 1_000_000)
        #expect(backoff.remainingWait(failures: 6, lastAttempt: last, now: last.addingTimeInterval(10)) == 20)
        #expect(backoff.remainingWait(failures: 6, lastAttempt: last, now: last.addingTimeInterval(30)) == 0)
        #expect(backoff.remainingWait(failures: 4, lastAttempt: last, now: last) == 0)
        // A last attempt stored a microsecond "after" now (database rounding) owes nothing below the limit.
        #expect(backoff.remainingWait(failures: 4, lastAttempt: last.addingTimeInterval(0.000_001), now: last) == 0)
        #expect(backoff.remainingWait(failures: 9, lastAttempt: nil, now: last) == 0)
        // Above the limit, the same rounding never makes the wait longer than the delay owed
        // (CI on PostgreSQL once announced 16 s for a 15 s delay).
        #expect(backoff.remainingWait(failures: 5, lastAttempt: last.addingTimeInterval(0.000_000_5), now: last) == 15)
    }

    @Test func theWaitIsSaidInFrench() {
        #expect(LoginBackoff.frenchDuration(0.2) == "1 seconde")
        #expect(LoginBackoff.frenchDuration(14.1) == "15 secondes")
        #expect(LoginBackoff.frenchDuration(60) == "1 minute")
        #expect(LoginBackoff.frenchDuration(61) == "2 minutes")
        #expect(LoginBackoff.frenchDuration(900) == "15 minutes")
    }
}
