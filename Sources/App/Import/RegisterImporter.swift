import CTGCore
import Fluent
import Foundation

/// Records a council text without a plan d'actions in its territory's register: the séance,
/// its attendance and every numbered deliberation, in one write transaction with its journal entry.
///
/// The same text imported twice writes nothing the second time: the séance is found again by
/// its deliberations' numbers (or its date), the deliberations by number. A text that would
/// overwrite what the register already holds (another vote, another list, another secrétaire…,
/// maybe corrected by hand) is refused with the list of differences unless `replace` is set;
/// then each overwritten value goes to the journal with its former value. Nothing is ever
/// deleted: deliberations of the séance that the text does not mention stay as they are.
enum RegisterImporter {
    static let replaceHint = "Rien n'a été écrit. Pour remplacer ces valeurs par celles du texte, relancez avec "
        + "--replace (chaque valeur remplacée sera inscrite au journal avec sa valeur précédente)."

    static func run(_ draft: RegisterDraft, territory: RegisterTerritory, sourceName: String, replace: Bool,
                    on db: any Database) async throws -> RegisterSummary {
        try RegisterTerritory.checkSlug(territory.slug)
        return try await db.writeTransaction { tx in
            let (place, territoryWarnings, territoryWritten) = try await territory.resolve(on: tx)
            let territoryID = try place.requireID()
            let known = try await Deliberation.query(on: tx).filter(\.$territory.$id == territoryID)
                .filter(\.$number ~~ draft.items.map(\.number)).all()
            let existing = try await findSeance(draft, known: known, territoryID: territoryID, on: tx)
            let seance = existing ?? Seance(territoryID: territoryID, sessionDate: draft.date.description,
                                            membersInOffice: draft.membersInOffice ?? draft.lines.count)
            var diff = RegisterDiff()
            diff.apply(draft, to: seance)
            var current: [SeanceAttendance] = []
            if let existing { current = try await existing.$attendances.get(on: tx) }
            let listChanges = diff.attendance(draft.lines, current: current)
            for item in draft.items { diff.apply(item, to: known.first { $0.number == item.number }) }
            var summary = RegisterSummary(territory: place, date: draft.date, draft: draft,
                                          warnings: territoryWarnings + draft.left)
            if let existing, diff.isEmpty, !listChanges, !territoryWritten, known.count == draft.items.count,
               known.allSatisfy({ $0.seanceID == existing.id }) {
                summary.alreadyImported = true
                return summary
            }
            if !diff.overwrites.isEmpty, !replace {
                throw AppError.conflict("Import refusé : ce texte remplacerait ce que le registre contient déjà :\n"
                    + diff.overwrites.map { "  - \($0.sentence)" }.joined(separator: "\n") + "\n" + replaceHint)
            }
            try await seance.save(on: tx)
            let seanceID = try seance.requireID()
            if listChanges { try await writeAttendance(draft, seanceID: seanceID, territoryID: territoryID, on: tx) }
            try await seance.$attendances.load(on: tx)
            try await writeDeliberations(draft, known: known, seance: seance, territoryID: territoryID, on: tx)
            let entry = try await Audit.record(on: tx, user: nil, territoryID: territoryID, entity: .seance,
                                               entityID: seanceID, summary: summary.journal(sourceName, updated: existing != nil))
            for change in diff.overwrites {
                try await Audit.record(on: tx, user: nil, territoryID: territoryID, entity: .seance, entityID: seanceID,
                                       field: change.label, before: change.before, after: change.after,
                                       summary: "Import de « \(sourceName) » avec --replace (journal n° \(entry.id ?? 0)) : "
                                           + change.sentence)
            }
            summary.replaced = diff.overwrites.count
            return summary
        }
    }

    /// The séance the text's deliberations already belong to, else the one of that day (and hour).
    private static func findSeance(_ draft: RegisterDraft, known: [Deliberation], territoryID: Int,
                                   on db: any Database) async throws -> Seance? {
        let seanceIDs = Set(known.compactMap(\.seanceID))
        if let id = seanceIDs.first, let seance = try await Seance.find(id, on: db) {
            guard seanceIDs.count == 1, seance.sessionDate == draft.date.description else {
                let numbers = known.map(\.number).joined(separator: ", ")
                throw AppError.conflict("Les délibérations n° \(numbers) sont déjà enregistrées à une autre séance "
                    + "que celle du \(draft.date.french) : rien n'a été écrit. Vérifiez leurs numéros.")
            }
            return seance
        }
        let sameDay = try await Seance.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$sessionDate == draft.date.description).all()
        return sameDay.first { $0.sessionTime == draft.time }
            ?? (sameDay.count == 1 && (draft.time == nil || sameDay[0].sessionTime == nil) ? sameDay[0] : nil)
    }

    /// The text's list, each line tied to the council member of that name (added when missing).
    private static func writeAttendance(_ draft: RegisterDraft, seanceID: Int, territoryID: Int,
                                        on db: any Database) async throws {
        let members = try await SeanceImport.syncCouncil(members: draft.lines.map(\.name), substitutes: draft.suppleants,
                                                         territoryID: territoryID, on: db)
        try await SeanceAttendance.query(on: db).filter(\.$seance.$id == seanceID).delete()
        let rows = draft.lines.enumerated().map { position, line in
            SeanceAttendance(seanceID: seanceID, memberID: members[CouncilEntry.key(line.name)],
                             memberName: line.name, status: line.status, otherName: line.other, position: position)
        }
        if !rows.isEmpty { try await rows.create(on: db) }
    }

    private static func writeDeliberations(_ draft: RegisterDraft, known: [Deliberation], seance: Seance,
                                           territoryID: Int, on db: any Database) async throws {
        let seanceID = try seance.requireID()
        var position = try await Deliberation.query(on: db).filter(\.$seanceID == seanceID).count()
        for item in draft.items {
            let row = known.first { $0.number == item.number }
                ?? Deliberation(territoryID: territoryID, number: item.number, subject: item.subject)
            if row.id == nil {
                row.agendaPosition = position
                row.actesID = draft.actesId
                position += 1
            }
            row.subject = item.subject.isEmpty ? row.subject : item.subject
            if let vote = item.vote, !RegisterDiff.sameCounts(row.voteTally, vote) { row.record(vote: vote) }
            row.copy(seance)
            try await row.save(on: db)
        }
        // Deliberations entered by hand on this séance keep their vote; their copy of the
        // séance's figures follows the new list.
        for other in try await Deliberation.query(on: db).filter(\.$seanceID == seanceID).all()
        where !draft.items.contains(where: { $0.number == other.number }) {
            other.copy(seance)
            try await other.save(on: db)
        }
    }
}
