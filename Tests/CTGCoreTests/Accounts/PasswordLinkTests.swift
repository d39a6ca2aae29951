import Foundation
import Testing
@testable import CTGCore

@Suite("Comptes — liens à usage unique pour définir un mot de passe")
struct PasswordLinkTests {
    let issued = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aLinkLastsFortyEightHours() {
        let link = PasswordLink(expiresAt: PasswordLink.expiry(from: issued), usedAt: nil)
        #expect(link.state(at: issued) == .usable)
        #expect(link.state(at: issued.addingTimeInterval(47 * 3600 + 3599)) == .usable)
        #expect(link.state(at: issued.addingTimeInterval(48 * 3600)) == .expired)
        #expect(link.state(at: issued.addingTimeInterval(30 * 24 * 3600)) == .expired)
    }

    @Test func aUsedLinkSaysItWasUsedEvenOnceExpired() {
        let link = PasswordLink(expiresAt: PasswordLink.expiry(from: issued), usedAt: issued.addingTimeInterval(60))
        #expect(link.state(at: issued.addingTimeInterval(120)) == .used)
        #expect(link.state(at: issued.addingTimeInterval(72 * 3600)) == .used)
        #expect(PasswordLink.State.used.refusal?.contains("déjà servi") == true)
        #expect(PasswordLink.State.expired.refusal?.contains("48 heures") == true)
        #expect(PasswordLink.State.usable.refusal == nil)
    }

    @Test func bothPasswordFieldsMustAgree() {
        #expect(PasswordLink.confirmationProblem("un long mot de passe", "un long mot de passe") == nil)
        #expect(PasswordLink.confirmationProblem("un long mot de passe", "un long mot de passE") != nil)
    }
}
