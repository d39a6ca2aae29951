import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let organisation: AuditEntity = "organisation"
}

/// Two rows of a territory found to be one body ("EVS Le Fil" and
/// "Espace de vie sociale Le Fil"): the first goes, its name stays as an alias of the
/// second so that the next import applies it, and everything that pointed at it (fiche
/// mentions, financements, référents) follows, in one write with its journal entry. The
/// journal keeps what moved, so the merge can be undone from it.
enum OrganisationMerge {
    /// What an undo needs: the merged row, and which links moved.
    struct Snapshot: Codable {
        var name: String
        var kind: String
        var aliases: [String]
        var intoID: Int
        var intoAliasesBefore: [String]
        var mentionIDs: [Int]
        var funderIDs: [Int]
        var userIDs: [Int]
        /// Budget lines that moved (issue 13); absent from merges recorded before budgets existed.
        var budgetLineIDs: [Int]? = nil
    }

    struct Outcome {
        var from: String
        var into: String
        var mentions: Int
        var funders: Int
        var referents: Int

        var sentence: String {
            "« \(from) » fusionné dans « \(into) » : \(FrenchCount.phrase(mentions, "mention")) de fiche, \(FrenchCount.phrase(funders, "financement")) et "
                + "\(FrenchCount.phrase(referents, "référent")) rattachés ; « \(from) » reste un autre nom de « \(into) »."
        }
    }

    static func merge(fromID: Int, intoID: Int, territoryID: Int, by user: User?,
                      on db: any Database) async throws -> Outcome {
        guard fromID != intoID else { throw AppError.invalidInput("Choisissez deux organisations différentes.") }
        return try await db.writeTransaction { tx in
            guard let from = try await find(fromID, territoryID: territoryID, on: tx),
                  let into = try await find(intoID, territoryID: territoryID, on: tx) else {
                throw AppError.notFound("Cette organisation n'existe pas dans ce territoire (elle a peut-être déjà été fusionnée).")
            }
            let mentions = try await ActionOrganisation.query(on: tx).filter(\.$organisation.$id == fromID).all()
            let funders = try await SousActionFunder.query(on: tx).filter(\.$organisation.$id == fromID).all()
            let users = try await User.query(on: tx).filter(\.$organisation.$id == fromID).all()
            let budgetLineIDs = try await BudgetLineMerge.move(from: from, into: into, on: tx)
            let snapshot = Snapshot(name: from.name, kind: from.kind, aliases: from.aliases, intoID: intoID,
                                    intoAliasesBefore: into.aliases, mentionIDs: mentions.compactMap(\.id),
                                    funderIDs: funders.compactMap(\.id), userIDs: users.compactMap(\.id),
                                    budgetLineIDs: budgetLineIDs)
            try await ActionOrganisation.query(on: tx).filter(\.$organisation.$id == fromID).set(\.$organisation.$id, to: intoID).update()
            try await SousActionFunder.query(on: tx).filter(\.$organisation.$id == fromID).set(\.$organisation.$id, to: intoID).update()
            try await User.query(on: tx).filter(\.$organisation.$id == fromID).set(\.$organisation.$id, to: intoID).update()
            var aliases = into.aliases
            for name in [from.name] + from.aliases where name != into.name && !aliases.contains(name) { aliases.append(name) }
            into.aliasesText = aliases.joined(separator: "\n")
            try await into.save(on: tx)
            try await from.delete(on: tx)
            let outcome = Outcome(from: from.name, into: into.name, mentions: mentions.count, funders: funders.count,
                                  referents: users.count)
            let entry = try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .organisation,
                                               entityID: intoID, field: "Fusion", before: from.name, after: into.name,
                                               summary: "Organisations : \(outcome.sentence)")
            try await DeletedRow.keep(snapshot, kind: .organisationMerge, deletion: entry, on: tx)
            return outcome
        }
    }

    /// « Restaurer » in the journal: the merged body comes back, with the links that moved
    /// and still point at the survivor, and the survivor loses the aliases it gained.
    static func undo(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let snapshot = try kept.decoded(Snapshot.self)
        let territoryID = kept.$territory.id
        let clash = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$name == snapshot.name).first()
        if clash != nil { throw AppError.conflict("Une organisation « \(snapshot.name) » existe de nouveau : la fusion ne peut pas être annulée.") }
        let restored = Organisation(territoryID: territoryID, name: snapshot.name, kind: snapshot.kind, aliases: snapshot.aliases)
        try await restored.create(on: db)
        let id = try restored.requireID()
        if !snapshot.mentionIDs.isEmpty {
            try await ActionOrganisation.query(on: db).filter(\.$id ~~ snapshot.mentionIDs)
                .filter(\.$organisation.$id == snapshot.intoID).set(\.$organisation.$id, to: id).update()
        }
        if !snapshot.funderIDs.isEmpty {
            try await SousActionFunder.query(on: db).filter(\.$id ~~ snapshot.funderIDs)
                .filter(\.$organisation.$id == snapshot.intoID).set(\.$organisation.$id, to: id).update()
        }
        if !snapshot.userIDs.isEmpty {
            try await User.query(on: db).filter(\.$id ~~ snapshot.userIDs)
                .filter(\.$organisation.$id == snapshot.intoID).set(\.$organisation.$id, to: id).update()
        }
        try await BudgetLineMerge.moveBack(snapshot.budgetLineIDs ?? [], from: snapshot.intoID, to: id, on: db)
        if let into = try await Organisation.find(snapshot.intoID, on: db) {
            let gained = Set([snapshot.name] + snapshot.aliases).subtracting(snapshot.intoAliasesBefore)
            into.aliasesText = into.aliases.filter { !gained.contains($0) }.joined(separator: "\n")
            try await into.save(on: db)
        }
        try await Audit.record(on: db, user: user, territoryID: territoryID, entity: .organisation, entityID: id,
                               summary: "Organisations : fusion de « \(snapshot.name) » annulée depuis le journal.")
    }

    private static func find(_ id: Int, territoryID: Int, on db: any Database) async throws -> Organisation? {
        try await Organisation.query(on: db).filter(\.$id == id).filter(\.$territory.$id == territoryID).first()
    }
}
