import CTGCore
import Fluent
import Vapor

struct ForgottenPasswordPage: Encodable {
    var layout: Layout
    var csrf: String
    var action: String
    /// Whether the site can send e-mail; otherwise the page says whom to ask.
    var canMail: Bool
    var email: String
    var notice: String?
    var error: String?
    var signInHref = SiteURL.signIn.path
}

/// `/mot-de-passe-oublie`. With SMTP settings, a reset link is e-mailed to an active account's
/// address; the answer is the same whether or not the address has an account, so the page
/// cannot be used to learn who has one. Without SMTP, it says who can make a link.
enum ForgottenPasswordController {
    struct Form: Content { var email: String? }

    static let sent = "Si un compte actif correspond à cette adresse, un lien pour choisir un nouveau mot de passe "
        + "vient d'y être envoyé. Il est valable 48 heures. Pensez à regarder dans les indésirables."
    static let tooMany = "Trop de demandes pour cette adresse ou depuis votre connexion. Réessayez dans quelques minutes."

    @Sendable static func show(req: Request) async throws -> Response {
        try await render(req, email: "", notice: nil, error: nil, status: .ok)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        guard let mailer = req.application.mailer else {
            return try await render(req, email: "", notice: nil, error: nil, status: .ok)
        }
        let email = User.normalise(email: try req.content.decode(Form.self).email ?? "")
        guard MailMessage.isPlainAddress(email) else {
            return try await render(req, email: email, notice: nil,
                                    error: "Indiquez l'adresse e-mail de votre compte, par exemple prenom.nom@exemple.fr.", status: .badRequest)
        }
        let now = req.application.accountSettings.clock()
        // Every request counts, found or not: the sign-in's limits, on a key of its own.
        if case .refused = try await LoginThrottle.admit(email: "oubli:" + email, address: req.clientAddress, on: req.db, now: now) {
            return try await render(req, email: email, notice: nil, error: tooMany, status: .tooManyRequests)
        }
        if let user = try await User.query(on: req.db).filter(\.$email == email).filter(\.$isActive == true).first() {
            // The link is made and sent after the answer (MailOutbox): the answer takes the
            // same time whether the address has an account or not.
            let db = req.application.db, base = req.absoluteBase
            req.application.mailOutbox.post(logger: req.logger) {
                let token = try await db.writeTransaction { tx in
                    try await PasswordLinks.issue(for: user, purpose: .reset, by: nil, on: tx, now: now)
                }
                let url = PasswordLinks.url(token: token, base: base)
                try await mailer.send(PasswordLinkMail.message(purpose: .reset, to: email, url: url, sender: mailer.sender))
            }
        }
        return try await render(req, email: "", notice: sent, error: nil, status: .ok)
    }

    private static func render(_ req: Request, email: String, notice: String?, error: String?,
                               status: HTTPResponseStatus) async throws -> Response {
        let page = ForgottenPasswordPage(layout: Layout(title: "Mot de passe oublié", scope: nil), csrf: req.csrfToken(),
                                         action: SiteURL.forgottenPassword.path, canMail: req.application.mailer != nil,
                                         email: email, notice: notice, error: error)
        let response = try await req.view.render("forgotten-password", page).encodeResponse(for: req)
        response.status = status
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
