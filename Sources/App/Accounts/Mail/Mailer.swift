import CTGCore
import Foundation
import Vapor

/// Sends one e-mail. Optional: without SMTP settings the app has no mailer, and every link is
/// shown to copy instead (the pages say whom to ask).
protocol Mailer: Sendable {
    /// The `From` address of every message.
    var sender: String { get }
    func send(_ message: MailMessage) async throws
}

/// `CTG_SMTP_URL` (`smtps://host:465`, or `smtp://host:587` with STARTTLS required),
/// `CTG_SMTP_FROM`, and optionally `CTG_SMTP_USER` / `CTG_SMTP_PASSWORD`.
/// `CTG_SMTP_STARTTLS=0` allows a plain `smtp://` relay on the same machine or network.
struct SMTPSettings: Sendable, Equatable {
    var url: String
    var from: String
    var user: String?
    var password: String?
    var requireTLS: Bool

    /// nil when no SMTP is configured; a French reason when it is configured wrongly, so
    /// the server refuses to start rather than fail at the first invitation.
    static func from(environment get: (String) -> String?) throws -> SMTPSettings? {
        guard let url = get("CTG_SMTP_URL"), !url.isEmpty else { return nil }
        let scheme = url.split(separator: ":").first.map(String.init)?.lowercased()
        guard scheme == "smtp" || scheme == "smtps", URL(string: url)?.host != nil else {
            throw AppError.invalidInput("CTG_SMTP_URL doit ressembler à smtps://serveur:465 ou smtp://serveur:587 (reçu : « \(url) »).")
        }
        guard let from = get("CTG_SMTP_FROM"), MailMessage.isPlainAddress(from) else {
            throw AppError.invalidInput("CTG_SMTP_FROM doit donner l'adresse d'expédition des courriels (par exemple ctg@caf.example.fr).")
        }
        let user = get("CTG_SMTP_USER").flatMap { $0.isEmpty ? nil : $0 }
        if user != nil, (get("CTG_SMTP_PASSWORD") ?? "").isEmpty {
            throw AppError.invalidInput("CTG_SMTP_USER est donné sans CTG_SMTP_PASSWORD.")
        }
        return SMTPSettings(url: url, from: from, user: user, password: user == nil ? nil : get("CTG_SMTP_PASSWORD"),
                            requireTLS: get("CTG_SMTP_STARTTLS") != "0")
    }
}

extension Application {
    private struct MailerKey: StorageKey { typealias Value = any Mailer }

    /// nil unless SMTP is configured (or a test sets a recording mailer).
    var mailer: (any Mailer)? {
        get { storage[MailerKey.self] }
        set { storage[MailerKey.self] = newValue }
    }
}

enum MailSetup {
    static func configure(_ app: Application) throws {
        let outbox = MailOutbox()
        app.mailOutbox = outbox
        app.lifecycle.use(outbox)
        try PublicBaseURL.configure(app)
        guard let settings = try SMTPSettings.from(environment: { Environment.get($0) }) else { return }
        guard app.publicBaseURL != nil else {
            throw AppError.invalidInput("CTG_SMTP_URL est donné sans CTG_PUBLIC_URL : les liens envoyés par courriel "
                + "ont besoin de l'adresse publique du site (par exemple https://ctg.caf.example.fr).")
        }
        guard let curl = CurlMailer.executable() else {
            throw AppError.unavailable("CTG_SMTP_URL est donné, mais le programme « curl », qui envoie les courriels, est introuvable.")
        }
        app.mailer = CurlMailer(settings: settings, curl: curl, pool: app.threadPool)
        app.logger.info("Courriels : envoi par \(settings.url) depuis \(settings.from).")
    }
}
