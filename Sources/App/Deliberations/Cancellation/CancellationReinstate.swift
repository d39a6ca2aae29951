import Fluent
import SQLKit
import Vapor

/// « Rétablir » on a cancelled séance or deliberation, and « Restaurer » on its cancellation
/// in the journal: both bring back exactly the rows that cancellation took, journaled.
extension CancellationRecorder {
    static let undoneAlready = AppError.conflict(
        "Cette annulation a déjà été défaite (la séance ou la délibération a été rétablie depuis) : rien à restaurer.")

    /// From the journal: the entry's rows, if that entry is still what keeps them cancelled.
    static func restore(_ kept: DeletedRow, by user: User, on tx: any Database) async throws {
        let snapshot = try kept.decoded(CancellationSnapshot.self)
        try await reinstate(snapshot, territoryID: kept.$territory.id, entryID: kept.$auditEntry.id,
                            user: user, verb: "rétablie depuis le journal", on: tx)
    }

    /// `entryID`: the cancellation the caller saw (the journal's entry); nil from the page's button.
    static func reinstate(_ target: CancellationSnapshot, territoryID: Int, entryID: Int?, user: User,
                          verb: String = "rétablie", on tx: any Database) async throws {
        switch target.target {
        case .seance:
            guard let seance = try await Seance.query(on: tx).filter(\.$id == target.id)
                .filter(\.$territory.$id == territoryID).first() else { throw AppError.notFound("Cette séance n'existe plus.") }
            let cancelEntry = try check(seance, entryID: entryID)
            let date = seance.civilDate?.french ?? seance.sessionDate
            seance.clearCancellation()
            try await seance.save(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .seance, entityID: target.id,
                                   summary: "Séance du \(date) \(verb).")
            // Only the deliberations cancelled with it: one cancelled on its own before stays so.
            let along = try await Deliberation.query(on: tx).filter(\.$seanceID == target.id)
                .filter(\.$cancelEntryID == cancelEntry).all()
            for row in along {
                row.clearCancellation()
                try await row.save(on: tx)
                try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .deliberation, entityID: row.id,
                                       summary: "Délibération n° \(row.number) \(verb) avec la séance du \(date).")
            }
            try await settle(cancelEntry, on: tx)
        case .deliberation:
            guard let row = try await Deliberation.query(on: tx).filter(\.$id == target.id)
                .filter(\.$territory.$id == territoryID).first() else { throw AppError.notFound("Cette délibération n'existe plus.") }
            let cancelEntry = try check(row, entryID: entryID)
            if let seanceID = row.seanceID,
               try await Seance.query(on: tx).filter(\.$id == seanceID).filter(\.$cancelledAt != nil).count() > 0 {
                throw CancellationError.seanceStillCancelled
            }
            row.clearCancellation()
            try await row.save(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .deliberation, entityID: target.id,
                                   summary: "Délibération n° \(row.number) \(verb).")
            try await settle(cancelEntry, on: tx)
        }
    }

    /// The row's cancellation entry, once it is known to be the one the caller meant.
    private static func check(_ row: some Cancellable, entryID: Int?) throws -> Int {
        guard row.isCancelled, let current = row.cancelEntryID else {
            throw entryID == nil ? CancellationError.notCancelled : undoneAlready
        }
        if let entryID, entryID != current { throw undoneAlready }
        return current
    }

    /// A cancellation undone from the page no longer offers « Restaurer » in the journal.
    private static func settle(_ cancelEntry: Int, on tx: any Database) async throws {
        guard let sql = tx as? any SQLDatabase else { return }
        try await sql.update(DeletedRow.schema).set("restored_at", to: Date())
            .where("audit_entry_id", .equal, cancelEntry).where("restored_at", .is, SQLLiteral.null).run()
    }
}
