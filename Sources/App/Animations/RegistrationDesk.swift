import CTGCore
import Crypto
import Fluent
import SQLKit
import Vapor

/// Registers and cancels. The capacity rule lives in one SQL statement: the INSERT computes the
/// new row's status from the confirmed places already in the table, so no Swift code reads a
/// count and then writes on the strength of it. The statement runs inside `writeTransaction`,
/// which serialises writers (advisory lock on PostgreSQL, write lock taken first on SQLite), so
/// two instances on one PostgreSQL cannot both see the last free place.
enum RegistrationDesk {
    struct Outcome: Sendable {
        var registrationID: Int
        var status: AnimationRegistration.Status
        /// Shown once, to the registrant; only its hash is stored.
        var cancelToken: String
    }

    static func register(_ request: RegistrationRequest, animationID: Int, territoryID: Int,
                         on db: any Database, now: Date = Date()) async throws -> Outcome {
        let token = newToken()
        let hash = tokenHash(token)
        return try await db.writeTransaction { tx in
            guard let animation = try await Animation.query(on: tx).filter(\.$id == animationID)
                .filter(\.$territory.$id == territoryID).first() else {
                throw AppError.notFound("Cette animation n'existe pas.")
            }
            try refuseIfClosed(animation, places: request.places, now: now)
            guard let sql = tx as? any SQLDatabase else { throw AppError.unavailable("Base de données non prise en charge.") }
            try await sql.raw("""
                INSERT INTO animation_registrations
                    (animation_id, territory_id, name, email, places, commune, children_ages, status, token_hash, created_at)
                SELECT a.id, a.territory_id, \(bind: request.name), \(bind: request.email), \(bind: request.places),
                       \(bind: request.commune), \(bind: request.childrenAges),
                       CASE WHEN (SELECT COALESCE(SUM(r.places), 0) FROM animation_registrations r
                                  WHERE r.animation_id = a.id AND r.status = 'confirmed') + \(bind: request.places) <= a.capacity
                            THEN 'confirmed' ELSE 'waitlisted' END,
                       \(bind: hash), \(bind: now)
                FROM animations a
                WHERE a.id = \(bind: animationID) AND a.cancelled_at IS NULL AND \(bind: request.places) <= a.capacity
                """).run()
            guard let row = try await AnimationRegistration.query(on: tx).filter(\.$tokenHash == hash).first() else {
                throw AppError.conflict("Cette animation n'accepte plus d'inscription.")
            }
            try await Audit.record(on: tx, user: nil, territoryID: territoryID, entity: .animation, entityID: animationID,
                                   summary: "Animation « \(animation.title) » : inscription de \(FrenchCount.phrase(request.places, "place")) (\(row.statusValue.label))",
                                   anonymousAuthor: Audit.publicVisitorAuthor)
            return Outcome(registrationID: try row.requireID(), status: row.statusValue, cancelToken: token)
        }
    }

    /// Past, cancelled or too small for the request even when empty: a French refusal.
    static func refuseIfClosed(_ animation: Animation, places: Int, now: Date) throws {
        if animation.isCancelled { throw AppError.conflict("Cette animation est annulée : elle n'accepte plus d'inscription.") }
        if animation.startsAt <= now { throw AppError.conflict("Cette animation a déjà commencé ou est passée : les inscriptions sont closes.") }
        if places > animation.capacity {
            throw AppError.invalidInput("Vous demandez \(FrenchCount.phrase(places, "place")) alors que l'animation en compte \(animation.capacity) en tout : réduisez le nombre de places.")
        }
    }

    /// 256 random bits, URL-safe: the same draw as the CSRF tokens.
    static func newToken() -> String { CSRF.newToken() }

    static func tokenHash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension AnimationRegistration.Status {
    var label: String {
        switch self {
        case .confirmed: return "confirmée"
        case .waitlisted: return "en liste d'attente"
        case .cancelled: return "annulée"
        }
    }
}

extension AuditEntity {
    static let animation: AuditEntity = "animation"
}
