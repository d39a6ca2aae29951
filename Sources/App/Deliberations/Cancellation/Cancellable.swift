import Fluent
import Vapor

/// A séance or a deliberation recorded by mistake is cancelled, not deleted: the row stays
/// with when, why, by whom and the journal entry that cancelled it, and leaves every public
/// list. The journal entry is what « Restaurer » and « Rétablir » match on, so that undoing a
/// séance's cancellation brings back the deliberations cancelled with it and no others.
protocol Cancellable: Model {
    var cancelledAt: Date? { get set }
    var cancelReason: String? { get set }
    var cancelledBy: String? { get set }
    var cancelEntryID: Int? { get set }
}

extension Seance: Cancellable {}
extension Deliberation: Cancellable {}

extension Cancellable {
    var isCancelled: Bool { cancelledAt != nil }

    func markCancelled(reason: String, by user: User, entryID: Int, at date: Date) {
        cancelledAt = date
        cancelReason = reason
        cancelledBy = user.email
        cancelEntryID = entryID
    }

    func clearCancellation() {
        cancelledAt = nil
        cancelReason = nil
        cancelledBy = nil
        cancelEntryID = nil
    }

    /// « Annulée — saisie par erreur » (séance and délibération are both feminine), what the
    /// coordinateur reads beside the row; nil when it stands.
    func cancellationNote() -> String? {
        guard isCancelled else { return nil }
        return "Annulée — \(cancelReason ?? "motif non indiqué")"
    }
}

/// What the journal keeps with a cancellation, for « Restaurer » (`DeletedRow.Kind.cancellation`).
struct CancellationSnapshot: Codable {
    enum Target: String, Codable { case seance, deliberation }
    var target: Target
    var id: Int
}

enum CancellationError {
    static let seanceAlreadyCancelled = AppError.conflict(
        "Cette séance vient d'être annulée par quelqu'un d'autre : rechargez la page.")
    static let deliberationAlreadyCancelled = AppError.conflict(
        "Cette délibération vient d'être annulée par quelqu'un d'autre : rechargez la page.")
    static let seanceChanged = AppError.conflict(
        "La séance a été modifiée pendant que vous confirmiez son annulation (présences ou délibérations) : "
            + "rechargez la page d'annulation et vérifiez ce qui sera annulé.")
    static let seanceCancelled = AppError.conflict(
        "Cette séance est annulée : rétablissez-la avant de la modifier.")
    static let deliberationCancelled = AppError.conflict(
        "Cette délibération est annulée : rétablissez-la avant de la modifier.")
    static let notCancelled = AppError.conflict("Elle n'est pas ou plus annulée : rien à rétablir.")
    static let seanceStillCancelled = AppError.conflict(
        "Sa séance est annulée : rétablissez d'abord la séance, ses délibérations annulées avec elle reviendront aussi.")

    /// The French 410 page of a cancelled act or séance reached at its public address.
    static func gone(_ row: some Cancellable, what: String) -> AppError {
        .gone("\(what) a été annulée : \(row.cancelReason ?? "motif non indiqué").")
    }
}
