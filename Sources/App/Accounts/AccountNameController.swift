import Vapor

/// `POST /compte/nom`: every signed-in user sets or clears their own display name, shown in the
/// navigation ("Connecté : Marie Dupont") and the users list. Journaled like any account change.
enum AccountNameController {
    struct Form: Content {
        var name: String?
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let form = try req.content.decode(Form.self)
        do {
            try await UserDirectory.rename(user, to: form.name ?? "", by: user, on: req.db)
        } catch let error as AppError {
            return try await PasswordChangeController.render(req, error: error.reason, notice: nil, status: error.status)
        }
        return req.redirect(to: SiteURL.accountPassword.path + "?message=nom", redirectType: .normal)
    }
}
