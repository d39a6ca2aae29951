import CTGCore
import Fluent
import Vapor

/// A sign-in attempt whose password was (or is being) checked. A row is written
/// before the check and removed when the password was right, so the rows are the
/// failures, and an attempt in flight already counts against the next ones.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    /// The address typed, normalised, whether or not an account has it.
    @Field(key: "email") var email: String
    @Field(key: "address") var address: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(email: String, address: String, at date: Date) {
        self.email = email
        self.address = address
        self.createdAt = date
    }
}

/// Two limits, decided and recorded in one write transaction, so parallel attempts
/// cannot all pass the check before any of them is counted:
/// - per account: `backoff.freeAttempts` failures within `window`, then each further
///   attempt waits twice as long as the one before (from any address);
/// - per address: `addressLimit` failures within `window`, then that address is
///   refused, and only it: the accounts it tried stay open from elsewhere.
/// Refused attempts are not recorded, so a wait is bounded.
enum LoginThrottle {
    static let backoff = LoginBackoff(freeAttempts: 5, firstDelay: 15, maximumDelay: 15 * 60)
    /// Above the account limit, so that one office behind a shared address can mistype.
    static let addressLimit = 20
    static let window: TimeInterval = 15 * 60
    static let addressRefusal = "Trop de tentatives de connexion depuis votre adresse. Réessayez dans quelques minutes."

    static func accountRefusal(wait: TimeInterval) -> String {
        "Trop de tentatives de connexion pour ce compte. Réessayez dans \(LoginBackoff.frenchDuration(wait))."
    }

    enum Admission: Sendable {
        /// The password may be checked; `attempt` is already counted as a failure.
        case admitted(LoginAttempt)
        case refused(String)
    }

    static func admit(email: String, address: String, on db: any Database, now: Date = Date()) async throws -> Admission {
        let email = User.normalise(email: email)
        let since = now.addingTimeInterval(-window)
        return try await db.writeTransaction { tx in
            let byAddress = try await LoginAttempt.query(on: tx)
                .filter(\.$address == address).filter(\.$createdAt > since).count()
            if byAddress >= addressLimit { return .refused(addressRefusal) }
            let recent = LoginAttempt.query(on: tx).filter(\.$email == email).filter(\.$createdAt > since)
            let failures = try await recent.count()
            let last = try await recent.sort(\.$createdAt, .descending).first()?.createdAt
            let wait = backoff.remainingWait(failures: failures, lastAttempt: last, now: now)
            if wait > 0 { return .refused(accountRefusal(wait: wait)) }
            let attempt = LoginAttempt(email: email, address: address, at: now)
            try await attempt.create(on: tx)
            // Housekeeping: nothing older than a day is ever counted again.
            try await LoginAttempt.query(on: tx).filter(\.$createdAt < now.addingTimeInterval(-86_400)).delete()
            return .admitted(attempt)
        }
    }

    /// The password was right: the attempt was not a failure.
    static func succeeded(_ attempt: LoginAttempt, on db: any Database) async throws {
        try await db.writeTransaction { tx in try await attempt.delete(on: tx) }
    }
}
