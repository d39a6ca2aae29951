import Fluent
import Vapor

/// What a session remembers about its user.
enum SessionKeys {
    static let userID = "userID"
    /// Seconds since 1970 at sign-in: the server, not the cookie, decides when a session ends.
    static let signedInAt = "signedInAt"
}

/// Restores the signed-in user from the session on every request. The user row
/// is read each time, so a role change or a deactivation applies at once.
struct UserSessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // `hasSession` is false when the browser sent no session cookie: no database work then.
        if request.hasSession, let raw = request.session.data[SessionKeys.userID], let id = Int(raw) {
            let signedInAt = request.session.data[SessionKeys.signedInAt].flatMap(Double.init) ?? 0
            let expired = Date().timeIntervalSince1970 - signedInAt > AccountsSetup.sessionLifetime
            // The territory comes along: every page's account links lead into it.
            if !expired, let user = try await User.query(on: request.db).filter(\.$id == id).with(\.$territory).first(),
               user.isActive, !user.endsSession(signedInAt: signedInAt) {
                request.auth.login(user)
            } else {
                // Expired, deleted or deactivated: forget the sign-in.
                request.session.data[SessionKeys.userID] = nil
                request.session.data[SessionKeys.signedInAt] = nil
            }
        }
        let response = try await next.respond(to: request)
        // A session without a user is worth nothing (visitors' forms use AnonymousCSRF):
        // never store one. An unknown or expired cookie would otherwise be turned into
        // a new row by the sessions middleware at every request; destroying it deletes
        // the old row, if any, and expires the cookie.
        if request.hasSession, request.session.data[SessionKeys.userID] == nil {
            request.session.destroy()
        }
        return response
    }
}

extension User {
    /// Whether a session opened at `signedInAt` (whole seconds) predates the last change of
    /// password or deactivation. Compared in whole seconds, as the session stores them.
    func endsSession(signedInAt: Double) -> Bool {
        guard let changed = credentialsChangedAt else { return false }
        return signedInAt < changed.timeIntervalSince1970.rounded(.down)
    }
}

extension Request {
    /// Signs `user` in under a new session id: an id planted in the browser
    /// before sign-in (session fixation) is worth nothing afterwards.
    func signIn(_ user: User) async throws {
        if hasSession, let oldID = session.id {
            try await application.sessions.driver.deleteSession(oldID, for: self).get()
        }
        session.id = nil
        session.data = SessionData()
        session.data[SessionKeys.userID] = String(try user.requireID())
        session.data[SessionKeys.signedInAt] = String(Int(Date().timeIntervalSince1970))
        session.data[CSRF.sessionKey] = CSRF.newToken()
        auth.login(user)
    }

    /// Ends the session: the record is deleted and the cookie expired by the sessions middleware.
    func signOut() {
        auth.logout(User.self)
        session.destroy()
    }
}
