import Crypto
import Fluent
import Vapor

extension SeanceRecorder {
    static let correctedConcurrently = AppError.conflict(
        "La liste d'émargement a été modifiée par quelqu'un d'autre pendant votre saisie : "
            + "rechargez la page de correction et refaites vos changements.")

    /// What the roll call and declared counts were when a correction form was shown: two
    /// corrections started from the same state cannot both be saved, the second is refused.
    static func fingerprint(_ seance: Seance) -> String {
        let lines = seance.orderedAttendances.map {
            "\($0.$member.id.map(String.init) ?? "")|\($0.memberName)|\($0.status.rawValue)|\($0.otherName ?? "")"
        }
        let counts = [seance.declaredPresent, seance.declaredRepresented, seance.declaredVoters]
            .map { $0.map(String.init) ?? "" }
        let text = (lines + counts).joined(separator: "\n")
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Replaces the roll call, then re-copies the counts into every deliberation of the séance,
    /// with one journal line saying what changed; `tx` is a write transaction.
    static func correct(seanceID: Int, basis: String, draft: SeanceDraft, user: User?,
                        on tx: any Database) async throws {
        guard let seance = try await Seance.query(on: tx).filter(\.$id == seanceID).with(\.$attendances).first() else {
            throw AppError.notFound("Cette séance n'existe pas.")
        }
        guard !seance.isCancelled else { throw CancellationError.seanceCancelled }
        guard fingerprint(seance) == basis else { throw correctedConcurrently }
        let before = SeanceAttendanceRestore.Snapshot(seance)
        let (entry, after) = try await apply(draft, to: seance, user: user, verb: "corrigée", on: tx)
        try await DeletedRow.keep(SeanceAttendanceRestore.Snapshot(before, after: after), kind: .seanceAttendance,
                                  deletion: entry, on: tx)
    }

    /// Writes `draft`'s roll call and counts over `seance` (attendances loaded), re-copies the counts
    /// into its deliberations and journals the change; returns the entry and the new fingerprint.
    static func apply(_ draft: SeanceDraft, to seance: Seance, user: User?, verb: String,
                      on tx: any Database) async throws -> (AuditEntry, String) {
        let seanceID = try seance.requireID()
        let before = seance.orderedAttendances
        try await SeanceAttendance.query(on: tx).filter(\.$seance.$id == seanceID).delete()
        let lines = draft.lines.enumerated().map { position, line in
            SeanceAttendance(seanceID: seanceID, memberID: line.memberID, memberName: line.name,
                             status: line.status, otherName: line.other, position: position)
        }
        if !lines.isEmpty { try await lines.create(on: tx) }
        seance.declaredPresent = draft.declaredPresent
        seance.declaredRepresented = draft.declaredRepresented
        seance.declaredVoters = draft.declaredVoters
        try await seance.save(on: tx)
        let reloaded = try await Seance.query(on: tx).filter(\.$id == seanceID).with(\.$attendances).first()!
        for row in try await Deliberation.query(on: tx).filter(\.$seanceID == seanceID).all() {
            row.copy(reloaded)
            try await row.save(on: tx)
        }
        let date = seance.civilDate?.french ?? seance.sessionDate
        let entry = try await Audit.record(on: tx, user: user, territoryID: seance.$territory.id, entity: .seance,
                                           entityID: seanceID, summary: "Liste d'émargement de la séance du \(date) \(verb) : "
                                               + changes(from: before, to: reloaded.orderedAttendances))
        return (entry, fingerprint(reloaded))
    }

    /// « Marie Durand : Présent → Absent excusé ; … », the journal's record of the previous state.
    static func changes(from before: [SeanceAttendance], to after: [SeanceAttendance]) -> String {
        func describe(_ line: SeanceAttendance?) -> String {
            guard let line else { return "non inscrit" }
            guard let other = line.otherName, !other.isEmpty else { return line.status.label }
            return line.status == .proxy ? "procuration à \(other)" : "remplacé par \(other)"
        }
        let old = Dictionary(before.map { ($0.memberName, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { ($0.memberName, $0) }, uniquingKeysWith: { first, _ in first })
        let names = after.map(\.memberName) + before.map(\.memberName).filter { new[$0] == nil }
        let changed = names.filter { describe(old[$0]) != describe(new[$0]) }
            .map { "\($0) : \(describe(old[$0])) → \(describe(new[$0]))" }
        return changed.isEmpty ? "présences inchangées (décomptes du registre revus)." : changed.joined(separator: " ; ") + "."
    }
}
