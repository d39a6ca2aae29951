import Fluent
import Vapor

/// A failed sign-in. Only failures are stored: they are what throttling counts.
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

/// After `limit` failures within `window`, for one account or from one
/// address, sign-in is refused until the oldest failure leaves the window.
/// Attempts refused by the throttle are not recorded, so the wait is bounded.
enum LoginThrottle {
    static let limit = 5
    static let window: TimeInterval = 15 * 60
    static let refusal = "Trop de tentatives de connexion. Réessayez dans quelques minutes."

    static func isBlocked(email: String, address: String, on db: any Database, now: Date = Date()) async throws -> Bool {
        let since = now.addingTimeInterval(-window)
        let byAccount = try await LoginAttempt.query(on: db)
            .filter(\.$email == User.normalise(email: email)).filter(\.$createdAt > since).count()
        if byAccount >= limit { return true }
        let byAddress = try await LoginAttempt.query(on: db)
            .filter(\.$address == address).filter(\.$createdAt > since).count()
        return byAddress >= limit
    }

    static func recordFailure(email: String, address: String, on db: any Database, now: Date = Date()) async throws {
        try await LoginAttempt(email: User.normalise(email: email), address: address, at: now).create(on: db)
        // Housekeeping: nothing older than a day is ever counted again.
        try await LoginAttempt.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-86_400)).delete()
    }
}
