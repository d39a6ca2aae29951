import CTGCore
import Fluent
import Vapor

/// Saves validated council entries: titulaires first so suppléants can point to them.
/// A member already recorded (same name) is updated, so a corrected list can be re-imported;
/// `addingOnly` refuses that instead, for the form that adds one member.
enum CouncilWriter {
    @discardableResult
    static func upsert(_ entries: [CouncilEntry], territoryID: Int, user: User?, source: String,
                       addingOnly: Bool = false, on db: any Database) async throws -> Int {
        try await db.writeTransaction { tx in
            var byKey: [String: CouncilMember] = [:]
            for member in try await CouncilMember.query(on: tx).filter(\.$territory.$id == territoryID).all() {
                byKey[CouncilEntry.key(member.name)] = member
            }
            let ordered = entries.filter { $0.role == .titulaire } + entries.filter { $0.role == .suppleant }
            for entry in ordered {
                // Checked here, under the write lock: the form's check may have raced another save.
                if addingOnly, let existing = byKey[CouncilEntry.key(entry.name)] { throw alreadyMember(existing.name) }
                let member = byKey[CouncilEntry.key(entry.name)]
                    ?? CouncilMember(territoryID: territoryID, name: entry.name, commune: nil, role: entry.role)
                member.name = entry.name
                member.commune = entry.commune ?? member.commune
                member.role = entry.role
                member.$titulaire.id = entry.titulaire.flatMap { byKey[CouncilEntry.key($0)]?.id }
                member.mandateStart = entry.mandateStart?.description ?? member.mandateStart
                member.mandateEnd = entry.mandateEnd?.description ?? member.mandateEnd
                try await DatabaseFailure.refusingDuplicates(alreadyMember(entry.name)) { try await member.save(on: tx) }
                byKey[CouncilEntry.key(entry.name)] = member
            }
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .councilMember, entityID: nil,
                                   summary: "Composition du conseil : \(FrenchCount.phrase(entries.count, "membre enregistré", "membres enregistrés")) (\(source)).")
            return entries.count
        }
    }

    static func alreadyMember(_ name: String) -> AppError {
        .conflict("\(name) est déjà membre du conseil.")
    }
}
