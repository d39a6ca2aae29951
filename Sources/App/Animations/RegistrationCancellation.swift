import CTGCore
import Fluent
import SQLKit
import Vapor

/// Cancelling a registration with its token, and promoting the waitlist into the freed places.
enum RegistrationCancellation {
    struct Result: Sendable {
        var animationID: Int
        var animationTitle: String
        var promoted: Int
    }

    static let forgedToken = "Ce lien d'annulation n'est pas valide : vérifiez qu'il a été copié en entier."

    /// The registration of a token, or a French 404 (a forged or mistyped token).
    static func find(token: String, territoryID: Int, on db: any Database) async throws -> AnimationRegistration {
        guard token.count >= 20, token.count <= 100,
              let row = try await AnimationRegistration.query(on: db)
                .filter(\.$tokenHash == RegistrationDesk.tokenHash(token))
                .filter(\.$territoryID == territoryID).with(\.$animation).first() else {
            throw AppError.notFound(forgedToken)
        }
        return row
    }

    static func cancel(token: String, territoryID: Int, on db: any Database) async throws -> Result {
        let hash = RegistrationDesk.tokenHash(token)
        return try await db.writeTransaction { tx in
            guard let row = try await AnimationRegistration.query(on: tx).filter(\.$tokenHash == hash)
                .filter(\.$territoryID == territoryID).with(\.$animation).first() else {
                throw AppError.notFound(forgedToken)
            }
            if row.statusValue == .cancelled { throw AppError.conflict("Cette inscription est déjà annulée.") }
            let animation = row.animation
            let animationID = try animation.requireID()
            row.status = AnimationRegistration.Status.cancelled.rawValue
            try await row.save(on: tx)
            let promoted = try await promoteWaitlist(animation, on: tx)
            try await Audit.record(on: tx, user: nil, territoryID: territoryID, entity: .animation, entityID: animationID,
                                   summary: "Animation « \(animation.title) » : inscription n° \(try row.requireID()) annulée par son auteur"
                                       + (promoted > 0 ? ", \(FrenchCount.phrase(promoted, "inscription")) de la liste d'attente confirmée" + (promoted > 1 ? "s" : "") : ""),
                                   anonymousAuthor: Audit.publicVisitorAuthor)
            return Result(animationID: animationID, animationTitle: animation.title, promoted: promoted)
        }
    }

    /// Confirms waitlisted registrations, oldest first, each one only if its places still fit:
    /// the check is part of the UPDATE, like the INSERT's. Each promoted person gets a message.
    static func promoteWaitlist(_ animation: Animation, on tx: any Database) async throws -> Int {
        guard !animation.isCancelled, animation.startsAt > Date(), let sql = tx as? any SQLDatabase else { return 0 }
        let animationID = try animation.requireID()
        let waiting = try await AnimationRegistration.query(on: tx).filter(\.$animation.$id == animationID)
            .filter(\.$status == AnimationRegistration.Status.waitlisted.rawValue).sort(\.$id).all()
        var promoted = 0
        for candidate in waiting {
            let id = try candidate.requireID()
            try await sql.raw("""
                UPDATE animation_registrations SET status = 'confirmed'
                WHERE id = \(bind: id) AND status = 'waitlisted'
                  AND (SELECT COALESCE(SUM(r.places), 0) FROM animation_registrations r
                       WHERE r.animation_id = \(bind: animationID) AND r.status = 'confirmed') + places
                      <= (SELECT a.capacity FROM animations a WHERE a.id = \(bind: animationID))
                """).run()
            guard try await AnimationRegistration.find(id, on: tx)?.statusValue == .confirmed else { continue }
            promoted += 1
            try await AnimationMessage(animationID: animationID, registrationID: id,
                                       subject: "Place confirmée : \(animation.title)",
                                       body: "Une place s'est libérée : votre inscription (\(FrenchCount.phrase(candidate.places, "place"))) est confirmée.")
                .create(on: tx)
        }
        return promoted
    }
}
