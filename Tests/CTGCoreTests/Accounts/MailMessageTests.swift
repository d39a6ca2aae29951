import CTGCore
import Foundation
import Testing

/// The expected encodings were computed with Python's `base64` and `email.utils`, not by the code under test.
@Suite struct MailMessageTests {
    let date = Date(timeIntervalSince1970: 1_796_112_309)  // Tue, 01 Dec 2026 08:05:09 UTC

    @Test func aFrenchSubjectAndBodyTravelAsUTF8Base64() throws {
        let message = MailMessage(from: "ctg@caf.example.fr", to: "marie@asso.example.org",
                                  subject: "Votre lien – réinitialisation", body: "Bonjour,\nVoici le lien : é\n")
        let text = try message.rendered(date: date, messageID: "abc@ctg")
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.contains("Subject: =?utf-8?B?Vm90cmUgbGllbiDigJMgcsOpaW5pdGlhbGlzYXRpb24=?="))
        #expect(lines.contains("Date: Tue, 01 Dec 2026 08:05:09 +0000"))
        #expect(lines.contains("Message-ID: <abc@ctg>"))
        #expect(lines.contains("To: marie@asso.example.org"))
        #expect(lines.contains("Content-Transfer-Encoding: base64"))
        #expect(text.hasSuffix("\r\n\r\nQm9uam91ciwNClZvaWNpIGxlIGxpZW4gOiDDqQ0K\r\n"))
    }

    @Test func anASCIISubjectStaysReadable() throws {
        let text = try MailMessage(from: "a@b.fr", to: "c@d.fr", subject: "Invitation CTG", body: "x")
            .rendered(date: date, messageID: "m@ctg")
        #expect(text.contains("\r\nSubject: Invitation CTG\r\n"))
    }

    @Test func aLineBreakCannotAddAHeader() {
        let message = MailMessage(from: "a@b.fr", to: "c@d.fr\r\nBcc: everyone@evil.example", subject: "x", body: "y")
        #expect(throws: MailMessage.Refusal.headerInjection(field: "To")) {
            try message.rendered(date: date, messageID: "m@ctg")
        }
        let subject = MailMessage(from: "a@b.fr", to: "c@d.fr", subject: "Bonjour\nBcc: x@y.fr", body: "y")
        #expect(throws: MailMessage.Refusal.headerInjection(field: "Subject")) {
            try subject.rendered(date: date, messageID: "m@ctg")
        }
    }

    @Test(arguments: [("marie@asso.fr", true), ("marie.dupont+ctg@caf.example.fr", true), ("marie", false),
                      ("marie@asso", false), ("Marie <marie@asso.fr>", false), ("@asso.fr", false), ("a b@c.fr", false)])
    func plainAddresses(address: String, usable: Bool) {
        #expect(MailMessage.isPlainAddress(address) == usable)
    }

    @Test func longBodiesAreWrappedAt76Columns() throws {
        let body = String(repeating: "lien https://ctg.example.fr/mot-de-passe?jeton=0123456789 ", count: 10)
        let text = try MailMessage(from: "a@b.fr", to: "c@d.fr", subject: "x", body: body).rendered(date: date, messageID: "m@ctg")
        let encoded = text.components(separatedBy: "\r\n\r\n")[1].split(separator: "\r\n")
        #expect(encoded.count > 1)
        #expect(encoded.allSatisfy { $0.count <= 76 })
        let decoded = Data(base64Encoded: encoded.joined())!
        #expect(String(decoding: decoded, as: UTF8.self) == body)
    }
}
