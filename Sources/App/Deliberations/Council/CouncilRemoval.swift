import CTGCore
import Fluent
import Vapor

/// « Retirer » a council member: a confirmation page first, then the deletion, kept in
/// the journal with the member's row so that the coordinateur can restore it.
enum CouncilRemoval {
    /// What the journal keeps: the row, and the suppléants whose link to it the deletion cut.
    struct Snapshot: Codable {
        var member: CouncilMember
        var suppleantIDs: [Int]
    }

    @Sendable static func confirm(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let member = try await target(req).member
        let details = [member.role.label.lowercased(), member.commune].compactMap { $0 }.joined(separator: ", ")
        return try await ConfirmPage.render(
            req, title: "Retirer un membre du conseil",
            question: "Retirer \(member.name) (\(details)) de la composition du conseil ?",
            action: scope.path(.councilMemberRemoval(id: member.id ?? 0)), cancel: scope.path(.council))
    }

    @Sendable static func remove(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        let (territoryID, member, roster) = try await target(req)
        guard ConfirmPage.isConfirmed(req) else { return req.redirect(to: req.url.path, redirectType: .normal) }
        let id = try member.requireID()
        let snapshot = Snapshot(member: member, suppleantIDs: roster.suppleants.filter { $0.$titulaire.id == id }.compactMap(\.id))
        try await req.db.writeTransaction { tx in
            try await member.delete(on: tx)
            let audit = try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .councilMember, entityID: id,
                                               summary: "\(member.name) : retrait de la composition du conseil.")
            try await DeletedRow.keep(snapshot, kind: .councilMember, deletion: audit, on: tx)
        }
        return req.redirect(to: scope.path(.council), redirectType: .normal)
    }

    /// Brings the member back under a new id, with their titulaire and suppléants when they are still there.
    static func restore(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let snapshot = try kept.decoded(Snapshot.self)
        let old = snapshot.member
        let territoryID = old.$territory.id
        let roster = try await CouncilRoster.load(territoryID: territoryID, on: db)
        if let same = roster.members.first(where: { CouncilEntry.key($0.name) == CouncilEntry.key(old.name) }) {
            throw AppError.conflict("\(same.name) est de nouveau membre du conseil : le retrait ne peut pas être annulé.")
        }
        let titulaireID = old.$titulaire.id.flatMap { roster.member(id: $0) }?.id
        let member = CouncilMember(territoryID: territoryID, name: old.name, commune: old.commune, role: old.role,
                                   titulaireID: titulaireID, mandateStart: old.mandateStart, mandateEnd: old.mandateEnd)
        try await member.create(on: db)
        for suppleant in roster.suppleants where snapshot.suppleantIDs.contains(suppleant.id ?? -1) && suppleant.$titulaire.id == nil {
            suppleant.$titulaire.id = member.id
            try await suppleant.save(on: db)
        }
        try await Audit.record(on: db, user: user, territoryID: territoryID, entity: .councilMember, entityID: member.id,
                               summary: "\(member.name) : remise dans la composition du conseil depuis le journal.")
    }

    private static func target(_ req: Request) async throws -> (territoryID: Int, member: CouncilMember, roster: CouncilRoster) {
        let (territoryID, roster) = try await CouncilController.context(req)
        guard let id = req.parameters.get("id", as: Int.self), let member = roster.member(id: id) else {
            throw AppError.notFound(AccessDenied.notFound)
        }
        return (territoryID, member, roster)
    }
}
