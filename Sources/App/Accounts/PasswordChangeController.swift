import CTGCore
import Fluent
import Vapor

struct PasswordChangePage: Encodable {
    var layout: Layout
    var csrf: String
    var action: String
    var email: String
    /// The form that sets one's display name, on the same page.
    var name: String
    var nameAction: String
    var minimumPasswordLength: Int
    var error: String?
    var notice: String?
}

/// `/compte/mot-de-passe`: every signed-in user changes their own password, giving the
/// current one. Wrong current passwords count as failed sign-ins (same throttle); the
/// user's other sessions end, this one stays.
enum PasswordChangeController {
    struct Form: Content {
        var current: String?
        var password: String?
        var confirmation: String?
    }

    static let wrongCurrent = "Le mot de passe actuel n'est pas le bon."
    static let changedMeanwhile = "Votre mot de passe vient d'être changé depuis une autre page : reconnectez-vous si besoin, puis recommencez."

    @Sendable static func show(req: Request) async throws -> Response {
        let notices = ["change": "Votre mot de passe a été changé.", "nom": "Votre nom a été enregistré."]
        let notice = (try? req.query.get(String.self, at: "message")).flatMap { notices[$0] }
        return try await render(req, error: nil, notice: notice, status: .ok)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(Form.self)
        let now = req.application.accountSettings.clock()
        let attempt: LoginAttempt
        switch try await LoginThrottle.admit(email: user.email, address: req.clientAddress, on: req.db, now: now) {
        case .admitted(let admitted): attempt = admitted
        case .refused(let refusal): return try await render(req, error: refusal, notice: nil, status: .tooManyRequests)
        }
        let verifiedHash = user.passwordHash
        guard try await req.password.async.verify(form.current ?? "", created: verifiedHash).get() else {
            return try await render(req, error: wrongCurrent, notice: nil, status: .badRequest)
        }
        try await LoginThrottle.succeeded(attempt, on: req.db)
        do {
            let hash = try await UserDirectory.newPasswordHash(form.password ?? "", confirmation: form.confirmation ?? "",
                                                               hasher: req.password.async)
            try await change(user, from: verifiedHash, to: hash, at: now, on: req.db)
        } catch let error as AppError {
            return try await render(req, error: error.reason, notice: nil, status: error.status)
        }
        // A new session, dated after the change: the others predate it and end.
        try await req.signIn(user)
        return req.redirect(to: SiteURL.accountPassword.path + "?message=change", redirectType: .normal)
    }

    /// Writes the new hash only if the stored one is still the one the current password was
    /// checked against: of two changes made at once, the second is refused, not silently lost.
    static func change(_ user: User, from verifiedHash: String, to newHash: String, at now: Date,
                       on db: any Database) async throws {
        try await db.writeTransaction { tx in
            guard let fresh = try await User.find(user.id, on: tx), fresh.passwordHash == verifiedHash else {
                throw AppError.conflict(changedMeanwhile)
            }
            fresh.passwordHash = newHash
            fresh.credentialsChangedAt = now
            try await fresh.save(on: tx)
            try await AccountJournal.record(on: tx, author: fresh, subject: fresh, field: "Mot de passe",
                                            summary: "Mot de passe de \(fresh.email) changé par son titulaire")
        }
        user.passwordHash = newHash
        user.credentialsChangedAt = now
    }

    static func render(_ req: Request, error: String?, notice: String?, status: HTTPResponseStatus) async throws -> Response {
        let user = try req.requireUser()
        let page = PasswordChangePage(layout: Layout(title: "Mon compte", scope: req.userTerritoryScope),
                                      csrf: req.csrfToken(), action: SiteURL.accountPassword.path, email: user.email,
                                      name: user.displayName ?? "", nameAction: SiteURL.accountName.path,
                                      minimumPasswordLength: UserDirectory.minimumPasswordLength,
                                      error: error, notice: notice)
        let response = try await req.view.render("account-password", page).encodeResponse(for: req)
        response.status = status
        return response
    }
}
