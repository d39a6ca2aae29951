@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// A mailer that keeps what it was given, or fails on purpose.
final class RecordingMailer: Mailer, @unchecked Sendable {
    let sender = "ctg@caf.example.fr"
    let fails: Bool
    private let lock = NSLock()
    private var kept: [MailMessage] = []

    init(fails: Bool = false) { self.fails = fails }

    var sent: [MailMessage] { lock.withLock { kept } }

    func send(_ message: MailMessage) async throws {
        if fails { throw AppError.unavailable("serveur de courriel injoignable") }
        lock.withLock { kept.append(message) }
    }

    /// The password link's path in a message's body.
    static func linkPath(in message: MailMessage) throws -> String {
        let start = try #require(message.body.range(of: "/mot-de-passe?jeton="))
        return String(message.body[start.lowerBound...].prefix { !$0.isWhitespace })
    }
}

/// Issue 13 §4: "Mot de passe oublié" works when SMTP is configured, and says whom to ask otherwise;
/// links made by a coordinateur also leave by e-mail when they can.
@Suite struct ForgottenPasswordTests {
    @Test func withoutSMTPThePageSaysWhomToAskAndMakesNoLink() async throws {
        try await withApp { app in
            let signIn = try await Browser(app).get("/connexion").body.string
            #expect(signIn.contains(#"href="/mot-de-passe-oublie""#))
            let page = try await Browser(app).get("/mot-de-passe-oublie")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("demandez un lien à la personne qui coordonne la CTG".inPage))
            #expect(!page.body.string.contains(#"name="email""#))
            let account = try await TestAccounts.create(app, role: .lecteur)
            let posted = try await Browser(app).post("/mot-de-passe-oublie", ["email": account.email])
            #expect(posted.status == .ok)
            #expect(try await AccountToken.query(on: app.db).count() == 0)
        }
    }

    @Test func anActiveAccountGetsAWorkingLinkAndOthersGetTheSameAnswer() async throws {
        try await withApp { app in
            let mailer = RecordingMailer()
            app.mailer = mailer
            let account = try await TestAccounts.create(app, role: .lecteur)
            let answer = try await Browser(app).post("/mot-de-passe-oublie", ["email": account.email.uppercased()])
            #expect(answer.status == .ok)
            #expect(answer.body.string.contains("Si un compte actif correspond à cette adresse".inPage))
            await app.mailOutbox.drain()
            #expect(mailer.sent.count == 1)
            let mail = try #require(mailer.sent.first)
            #expect(mail.to == account.email)
            #expect(mail.from == "ctg@caf.example.fr")
            #expect(mail.subject == "Nouveau mot de passe pour l'espace de suivi de la CTG")

            let path = try RecordingMailer.linkPath(in: mail)
            #expect(try await Browser(app).get(path).status == .ok)
            let token = String(path.split(separator: "=").last ?? "")
            let done = try await Browser(app).post("/mot-de-passe", ["jeton": token, "password": "un nouveau mot de passe",
                                                                     "confirmation": "un nouveau mot de passe"])
            #expect(done.status == .seeOther)
            #expect(try await Browser(app).signIn(email: account.email, password: "un nouveau mot de passe").status == .seeOther)

            // Unknown or deactivated: the same words, and no mail.
            let unknown = try await Browser(app).post("/mot-de-passe-oublie", ["email": "personne@exemple.fr"])
            #expect(unknown.body.string.contains("Si un compte actif correspond à cette adresse".inPage))
            account.isActive = false
            try await account.save(on: app.db)
            _ = try await Browser(app).post("/mot-de-passe-oublie", ["email": account.email])
            await app.mailOutbox.drain()
            #expect(mailer.sent.count == 1)
        }
    }

    @Test func notAnAddressIsRefusedInFrench() async throws {
        try await withApp { app in
            app.mailer = RecordingMailer()
            let page = try await Browser(app).post("/mot-de-passe-oublie", ["email": "marie\r\nBcc: x@y.fr"])
            #expect(page.status == .badRequest)
            #expect(page.body.string.contains("Indiquez l'adresse e-mail de votre compte".inPage))
        }
    }

    @Test func parallelRequestsForOneAddressAreThrottled() async throws {
        try await withApp { app in
            let mailer = RecordingMailer()
            app.mailer = mailer
            let now = Date()
            app.accountSettings.clock = { now }
            let account = try await TestAccounts.create(app, role: .lecteur)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for _ in 0..<10 {
                    group.addTask { try await Browser(app).post("/mot-de-passe-oublie", ["email": account.email]).status }
                }
                return try await group.reduce(into: [HTTPResponseStatus]()) { $0.append($1) }
            }
            // The sign-in's rule: five free attempts per address typed, then a wait.
            #expect(statuses.filter { $0 == .ok }.count == 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 5)
            await app.mailOutbox.drain()
            #expect(mailer.sent.count == 5)
            #expect(try await AccountToken.query(on: app.db).filter(\.$usedAt == nil).count() == 1, "each new link replaces the last")
        }
    }

    @Test func aCoordinatorsResetLinkAlsoLeavesByMailOrSaysItDidNot() async throws {
        try await withApp { app in
            let mailer = RecordingMailer()
            app.mailer = mailer
            let coordinator = try await signIn(app, as: .coordinateur)
            let partner = try await TestAccounts.create(app, role: .lecteur)
            let page = try await coordinator.post("/admin/utilisateurs/\(partner.requireID())/reinitialisation").body.string
            #expect(page.contains("Le lien a aussi été envoyé par courriel à \(partner.email)".inPage))
            let shown = try InvitationTests.link(in: page)
            #expect(try RecordingMailer.linkPath(in: try #require(mailer.sent.last)) == shown)

            app.mailer = RecordingMailer(fails: true)
            let failed = try await coordinator.post("/admin/utilisateurs", ["email": "invitee@exemple.fr", "role": "lecteur"])
            #expect(failed.status == .ok)
            #expect(failed.body.string.contains("L'envoi du courriel à invitee@exemple.fr a échoué".inPage))
            _ = try InvitationTests.link(in: failed.body.string)
        }
    }

    @Test func aForgedHostNeverReachesTheMailedLink() async throws {
        try await withApp { app in
            let mailer = RecordingMailer()
            app.mailer = mailer
            app.publicBaseURL = "https://ctg.caf.example.fr"
            let account = try await TestAccounts.create(app, role: .lecteur)
            let visitor = Browser(app)
            visitor.headers.replaceOrAdd(name: .host, value: "piege.example.net")
            #expect(try await visitor.post("/mot-de-passe-oublie", ["email": account.email]).status == .ok)
            await app.mailOutbox.drain()
            let body = try #require(mailer.sent.first).body
            #expect(body.contains("https://ctg.caf.example.fr/mot-de-passe?jeton="))
            #expect(!body.contains("piege"))
        }
    }

    @Test func thePublicAddressIsCheckedWhenTheServerStarts() throws {
        #expect(try PublicBaseURL.parse("https://CTG.caf.example.fr/") == "https://ctg.caf.example.fr")
        #expect(try PublicBaseURL.parse("http://127.0.0.1:8080") == "http://127.0.0.1:8080")
        for bad in ["ctg.caf.example.fr", "ftp://ctg.example.fr", "https://ctg.example.fr/suivi", "https://", "https://a.fr/?x=1"] {
            #expect(throws: AppError.self, "« \(bad) » accepté") { try PublicBaseURL.parse(bad) }
        }
    }
}
