import CTGCore
import Fluent
import Vapor

/// « Restaurer » on a roll-call correction in the journal: the previous roll call comes back,
/// checked again (votes may have been recorded since) and journaled like a correction.
enum SeanceAttendanceRestore {
    struct Snapshot: Codable {
        struct Line: Codable { var memberID: Int?; var name: String; var status: SeanceAttendance.Status; var other: String? }
        var seanceID: Int
        var lines: [Line]
        var declaredPresent: Int?
        var declaredRepresented: Int?
        var declaredVoters: Int?
        /// The fingerprint right after the correction: restoring over a later correction is refused.
        var after: String = ""

        init(_ seance: Seance) {
            seanceID = seance.id ?? 0
            lines = seance.orderedAttendances.map {
                Line(memberID: $0.$member.id, name: $0.memberName, status: $0.status, other: $0.otherName)
            }
            declaredPresent = seance.declaredPresent
            declaredRepresented = seance.declaredRepresented
            declaredVoters = seance.declaredVoters
        }

        init(_ before: Snapshot, after: String) {
            self = before
            self.after = after
        }
    }

    static func restore(_ kept: DeletedRow, by user: User, on tx: any Database) async throws {
        let snapshot = try kept.decoded(Snapshot.self)
        guard let seance = try await Seance.query(on: tx).filter(\.$id == snapshot.seanceID)
            .filter(\.$territory.$id == kept.$territory.id).with(\.$attendances).first(),
            let date = seance.civilDate else {
            throw AppError.notFound("Cette séance n'existe plus.")
        }
        guard SeanceRecorder.fingerprint(seance) == snapshot.after else {
            throw AppError.conflict("La liste d'émargement a été corrigée de nouveau depuis : "
                + "cette correction ne peut plus être annulée depuis le journal.")
        }
        let draft = SeanceDraft(
            date: date, time: seance.sessionTime, place: seance.place, convokedOn: seance.convokedOn.flatMap { CivilDate($0) },
            president: seance.president, secretary: seance.secretary, secondConvocation: seance.secondConvocation,
            declaredPresent: snapshot.declaredPresent, declaredRepresented: snapshot.declaredRepresented,
            declaredVoters: snapshot.declaredVoters, membersInOffice: seance.membersInOffice,
            lines: snapshot.lines.map { .init(memberID: $0.memberID, name: $0.name, status: $0.status, other: $0.other) })
        let agenda = try await Deliberation.query(on: tx).filter(\.$seanceID == snapshot.seanceID).all()
        let issues = SeanceCorrection.issues(draft, agenda: agenda)
        guard issues.isEmpty else {
            throw AppError.conflict("La liste d'émargement précédente ne peut pas être rétablie : " + issues.joined(separator: " "))
        }
        _ = try await SeanceRecorder.apply(draft, to: seance, user: user, verb: "rétablie depuis le journal", on: tx)
    }
}
