import CTGCore
import Fluent
import Vapor

/// Saves validated council entries: titulaires first so suppléants can point to them.
/// A member already recorded (same name) is updated, so a corrected list can be re-imported.
enum CouncilWriter {
    @discardableResult
    static func upsert(_ entries: [CouncilEntry], territoryID: Int, user: User?, source: String,
                       on db: any Database) async throws -> Int {
        try await db.transaction { tx in
            var byKey: [String: CouncilMember] = [:]
            for member in try await CouncilMember.query(on: tx).filter(\.$territory.$id == territoryID).all() {
                byKey[CouncilEntry.key(member.name)] = member
            }
            let ordered = entries.filter { $0.role == .titulaire } + entries.filter { $0.role == .suppleant }
            for entry in ordered {
                let member = byKey[CouncilEntry.key(entry.name)]
                    ?? CouncilMember(territoryID: territoryID, name: entry.name, commune: nil, role: entry.role)
                member.name = entry.name
                member.commune = entry.commune ?? member.commune
                member.role = entry.role
                member.$titulaire.id = entry.titulaire.flatMap { byKey[CouncilEntry.key($0)]?.id }
                member.mandateStart = entry.mandateStart?.description ?? member.mandateStart
                member.mandateEnd = entry.mandateEnd?.description ?? member.mandateEnd
                try await member.save(on: tx)
                byKey[CouncilEntry.key(entry.name)] = member
            }
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .councilMember, entityID: nil,
                                   summary: "Composition du conseil : \(entries.count) membre(s) enregistré(s) (\(source)).")
            return entries.count
        }
    }
}
