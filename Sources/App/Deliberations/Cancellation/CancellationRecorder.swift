import Fluent
import SQLKit
import Vapor

/// The writes of a cancellation and of its undoing. Each runs inside the caller's write
/// transaction (`tx`), re-reads its rows there and writes one journal line per row, so that
/// two cancellations at once, or a cancellation racing a correction, end in one success and
/// one French 409, never in a half-cancelled séance.
enum CancellationRecorder {
    /// The séance's deliberations still standing, in agenda order.
    static func standing(ofSeance id: Int, on db: any Database) async throws -> [Deliberation] {
        try await Deliberation.query(on: db).filter(\.$seanceID == id).filter(\.$cancelledAt == nil)
            .sort(\.$agendaPosition).sort(\.$number).all()
    }

    /// What the confirmation page showed: the roll call (a correction changes it) and the
    /// deliberations that would go with the séance (an addition changes them).
    static func basis(_ seance: Seance, agenda: [Deliberation]) -> String {
        SeanceRecorder.fingerprint(seance) + ":" + agenda.compactMap { $0.id.map(String.init) }.joined(separator: ",")
    }

    static func cancelSeance(id: Int, territoryID: Int, basis expected: String, reason: String, user: User,
                             on tx: any Database) async throws {
        guard let seance = try await Seance.query(on: tx).filter(\.$id == id).filter(\.$territory.$id == territoryID)
            .with(\.$attendances).first() else { throw AppError.notFound("Cette séance n'existe pas.") }
        guard !seance.isCancelled else { throw CancellationError.seanceAlreadyCancelled }
        let agenda = try await standing(ofSeance: id, on: tx)
        guard basis(seance, agenda: agenda) == expected else { throw CancellationError.seanceChanged }
        let date = seance.civilDate?.french ?? seance.sessionDate
        let along = agenda.isEmpty ? "" : (agenda.count == 1 ? " Délibération annulée avec elle : n° " : " Délibérations annulées avec elle : n° ")
            + agenda.map(\.number).joined(separator: ", ") + "."
        let entry = try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .seance, entityID: id,
                                           summary: "Séance du \(date) annulée. Motif : \(reason).\(along)")
        let entryID = try entry.requireID()
        let now = Date()
        seance.markCancelled(reason: reason, by: user, entryID: entryID, at: now)
        try await seance.save(on: tx)
        for row in agenda {
            row.markCancelled(reason: reason, by: user, entryID: entryID, at: now)
            try await row.save(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .deliberation, entityID: row.id,
                                   summary: "Délibération n° \(row.number) annulée avec la séance du \(date). Motif : \(reason).")
        }
        try await DeletedRow.keep(CancellationSnapshot(target: .seance, id: id), kind: .cancellation, deletion: entry, on: tx)
    }

    static func cancelDeliberation(id: Int, territoryID: Int, reason: String, user: User, on tx: any Database) async throws {
        let row = try await deliberation(id: id, territoryID: territoryID, on: tx)
        guard !row.isCancelled else { throw CancellationError.deliberationAlreadyCancelled }
        let entry = try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .deliberation, entityID: id,
                                           summary: "Délibération n° \(row.number) annulée. Motif : \(reason).")
        row.markCancelled(reason: reason, by: user, entryID: try entry.requireID(), at: Date())
        try await row.save(on: tx)
        try await DeletedRow.keep(CancellationSnapshot(target: .deliberation, id: id), kind: .cancellation, deletion: entry, on: tx)
    }

    /// Inside a write transaction: a form shown before a cancellation must not write over it.
    static func requireStanding(seanceID: Int, on tx: any Database) async throws {
        if try await Seance.query(on: tx).filter(\.$id == seanceID).filter(\.$cancelledAt != nil).count() > 0 {
            throw CancellationError.seanceCancelled
        }
    }

    static func requireStanding(deliberationID: Int, on tx: any Database) async throws {
        if try await Deliberation.query(on: tx).filter(\.$id == deliberationID).filter(\.$cancelledAt != nil).count() > 0 {
            throw CancellationError.deliberationCancelled
        }
    }

    private static func deliberation(id: Int, territoryID: Int, on db: any Database) async throws -> Deliberation {
        guard let row = try await Deliberation.query(on: db).filter(\.$id == id)
            .filter(\.$territory.$id == territoryID).first() else {
            throw AppError.notFound("Cette délibération n'existe pas.")
        }
        return row
    }
}
