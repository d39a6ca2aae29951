import CTGCore
import Vapor

/// The e-mail that carries an invitation or reset link, and its sending after the link's
/// transaction has committed (a mail server's delay never holds a database write open).
enum PasswordLinkMail {
    static func message(purpose: PasswordLink.Purpose, to email: String, url: String, sender: String) -> MailMessage {
        let opening: String, subject: String
        switch purpose {
        case .invitation:
            subject = "Invitation à l'espace de suivi de la CTG"
            opening = "Un compte a été créé pour vous (\(email)) dans l'espace de suivi de la Convention territoriale globale."
        case .reset:
            subject = "Nouveau mot de passe pour l'espace de suivi de la CTG"
            opening = "Un nouveau mot de passe a été demandé pour votre compte (\(email)) de l'espace de suivi de la Convention territoriale globale."
        }
        let body = """
        Bonjour,

        \(opening)

        Pour choisir votre mot de passe, ouvrez ce lien dans les 48 heures. Il ne sert qu'une fois :

        \(url)

        Si vous n'attendiez pas ce message, ignorez-le : votre compte reste tel quel sans ce lien.
        """
        return MailMessage(from: sender, to: email, subject: subject, body: body)
    }

    /// Sends the link when SMTP is configured. Returns what the coordinateur's page says about
    /// it, or nil without a mailer (the page then only offers the link to copy).
    static func deliver(purpose: PasswordLink.Purpose, to email: String, url: String, app: Application) async -> String? {
        guard let mailer = app.mailer else { return nil }
        do {
            try await mailer.send(message(purpose: purpose, to: email, url: url, sender: mailer.sender))
            return "Le lien a aussi été envoyé par courriel à \(email)."
        } catch {
            app.logger.warning("Courriel à \(email) non envoyé : \(userMessage(for: error))")
            return "L'envoi du courriel à \(email) a échoué : transmettez-lui le lien vous-même."
        }
    }
}
