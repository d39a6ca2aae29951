import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let seance: AuditEntity = "seance"
    static let deliberation: AuditEntity = "deliberation"
    static let councilMember: AuditEntity = "council_member"
    static let registerSettings: AuditEntity = "register_settings"
}

/// Writes what the forms validated: a séance with its attendance, and deliberations on
/// its agenda. Each call is one transaction with its audit entry.
enum SeanceRecorder {
    static func create(_ draft: SeanceDraft, item: AgendaItem?, territoryID: Int, user: User?,
                       on db: any Database) async throws -> Seance {
        try await db.writeTransaction { tx in
            let seance = Seance(territoryID: territoryID, sessionDate: draft.date.description,
                                membersInOffice: draft.membersInOffice)
            seance.sessionTime = draft.time
            seance.place = draft.place
            seance.convokedOn = draft.convokedOn?.description
            seance.president = draft.president
            seance.secretary = draft.secretary
            seance.secondConvocation = draft.secondConvocation
            seance.declaredPresent = draft.declaredPresent
            seance.declaredRepresented = draft.declaredRepresented
            seance.declaredVoters = draft.declaredVoters
            try await seance.create(on: tx)
            let seanceID = try seance.requireID()
            // One insert for the whole roll call: a council has dozens of members, and the
            // write lock is held meanwhile.
            let attendances = draft.lines.enumerated().map { position, line in
                SeanceAttendance(seanceID: seanceID, memberID: line.memberID, memberName: line.name,
                                 status: line.status, otherName: line.other, position: position)
            }
            if !attendances.isEmpty { try await attendances.create(on: tx) }
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .seance, entityID: seanceID,
                                   summary: "Séance du \(draft.date.french) enregistrée "
                                       + "(\(draft.membersInOffice) membres en exercice).")
            if let item {
                let loaded = try await Seance.query(on: tx).filter(\.$id == seanceID).with(\.$attendances).first()!
                try await add(item, to: loaded, territoryID: territoryID, user: user, on: tx)
            }
            return seance
        }
    }

    /// Adds a deliberation to the agenda; `seance` must have its attendances loaded.
    @discardableResult
    static func add(_ item: AgendaItem, to seance: Seance, territoryID: Int, user: User?,
                    on db: any Database) async throws -> Deliberation {
        let seanceID = try seance.requireID()
        // Checked again here, inside the write transaction: the form's check may have raced another save.
        try await CancellationRecorder.requireStanding(seanceID: seanceID, on: db)
        if !item.number.isEmpty, try await !numberIsFree(item.number, territoryID: territoryID, on: db) {
            throw duplicateNumber(item.number)
        }
        let position = try await Deliberation.query(on: db).filter(\.$seanceID == seanceID).count()
        let row = Deliberation(territoryID: territoryID, number: item.number, subject: item.subject)
        row.actesID = item.actesID
        row.body = item.body
        row.matiereCode = item.matiereCode
        row.matiereNom = item.matiereNom
        row.agendaPosition = position
        row.record(vote: item.vote)
        row.copy(seance)
        try await DatabaseFailure.refusingDuplicates(duplicateNumber(item.number)) { try await row.create(on: db) }
        try await Audit.record(on: db, user: user, territoryID: territoryID, entity: .deliberation,
                               entityID: row.id, summary: "Délibération n° \(item.number) inscrite à la séance "
                                   + "du \(seance.civilDate?.french ?? seance.sessionDate) : \(item.subject)")
        return row
    }

    static func duplicateNumber(_ number: String) -> AppError {
        .conflict("Une délibération n° \(number) est déjà enregistrée pour ce territoire.")
    }

    /// A number is unique within a territory's register.
    static func numberIsFree(_ number: String, territoryID: Int, on db: any Database) async throws -> Bool {
        try await Deliberation.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$number == number).count() == 0
    }
}

extension Deliberation {
    /// The séance's facts, copied so the register list, the home page and the JSON
    /// export read a deliberation the same way whether it was imported or entered.
    func copy(_ seance: Seance) {
        seanceID = seance.id
        sessionDate = seance.sessionDate
        sessionTime = seance.sessionTime
        convokedOn = seance.convokedOn
        place = seance.place
        president = seance.president
        secretary = seance.secretary
        membersInOffice = seance.membersInOffice
        let tally = SessionTally(facts: SessionFacts(seance: seance, vote: voteTally ?? VoteTally(pour: 0)))
        presentCount = tally.present
        votersCount = tally.voters
        unanimous = voteTally != nil && tally.unanimous
    }
}
