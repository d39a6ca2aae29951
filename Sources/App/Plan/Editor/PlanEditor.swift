import CTGCore
import Fluent
import Vapor

/// The plan editor's writes (issue 8 §4): a coordinateur builds or corrects a convention's
/// plan row by row. Every function runs in one write transaction with its journal entry,
/// and reads what it numbers inside that transaction, so two people adding under the
/// same parent at once get consecutive codes (the unique indexes are the last guard).
enum PlanEditor {
    /// Who edits which convention: checked once by the controller, passed to every write.
    struct Scope: Sendable {
        var user: User
        var conventionID: Int
        var territoryID: Int
        /// The territory's slug with the convention, for the editor's links.
        var ref: TerritoryRef
    }

    static let sourceName = "plan saisi dans l'éditeur"

    /// A convention made by hand: no document, so its fingerprint can never match an import's.
    static func createConvention(territoryID: Int, title: String, cafName: String, startYear: Int, endYear: Int,
                                 by user: User?, on db: any Database) async throws -> Convention {
        let convention = Convention(territoryID: territoryID, title: title, cafName: cafName, signatories: "",
                                    startYear: startYear, endYear: endYear,
                                    sourceHash: "editeur-" + UUID().uuidString.lowercased(), sourceName: sourceName)
        try await db.writeTransaction { tx in
            try await convention.create(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: territoryID, conventionID: convention.id,
                                   entity: .convention, entityID: convention.id,
                                   summary: "Convention créée : « \(title) » avec la \(cafName), \(startYear)–\(endYear).")
        }
        return convention
    }

    static func addAxe(title: String, in scope: Scope, on db: any Database) async throws -> Axe {
        try await db.writeTransaction { tx in
            let numbers = try await Axe.query(on: tx).filter(\.$convention.$id == scope.conventionID).all(\.$number)
            let axe = Axe(conventionID: scope.conventionID, number: PlanNumbering.nextRank(after: numbers), title: title)
            try await axe.create(on: tx)
            try await journal(scope, .axe, axe.id, code: nil, "Axe \(axe.number) ajouté : « \(title) ».", on: tx)
            return axe
        }
    }

    static func addObjectif(axeID: Int, title: String, in scope: Scope, on db: any Database) async throws -> Objectif {
        try await db.writeTransaction { tx in
            let axe = try await PlanEditorRows.axe(axeID, in: scope, on: tx)
            let numbers = try await Objectif.query(on: tx).filter(\.$axe.$id == axeID).all(\.$number)
            let objectif = Objectif(axeID: axeID, number: PlanNumbering.nextRank(after: numbers), title: title)
            try await objectif.create(on: tx)
            try await journal(scope, .objectif, objectif.id, code: nil,
                              "Objectif \(axe.number)-\(objectif.number) ajouté : « \(title) ».", on: tx)
            return objectif
        }
    }

    static func addFiche(objectifID: Int, fields: FicheFields, in scope: Scope, on db: any Database) async throws -> PlanAction {
        try await db.writeTransaction { tx in
            let objectif = try await PlanEditorRows.objectif(objectifID, in: scope, on: tx)
            let axe = try await objectif.$axe.get(on: tx)
            let siblings = try await PlanAction.query(on: tx).filter(\.$objectif.$id == objectifID).all(\.$code)
            let code = PlanNumbering.nextChild(of: .objectif(axe: axe.number, objectif.number), siblings: siblings)
            let action = PlanAction(objectifID: objectifID, conventionID: scope.conventionID, code: code.description,
                                    title: fields.title)
            try await action.create(on: tx)
            try await fields.apply(to: action, territoryID: scope.territoryID, on: tx)
            try await journal(scope, .action, action.id, code: action.code,
                              "Fiche-action \(action.code) ajoutée : « \(fields.title) ».", on: tx)
            return action
        }
    }

    static func addSousAction(actionID: Int, fields: SousActionFields, in scope: Scope,
                              on db: any Database) async throws -> SousAction {
        try await db.writeTransaction { tx in
            let action = try await PlanEditorRows.action(actionID, in: scope, on: tx)
            let siblings = try await SousAction.query(on: tx).filter(\.$action.$id == actionID).all()
            guard let ficheCode = PlanCode(action.code) else {
                throw AppError.invalidInput("Le code de la fiche « \(action.code) » ne suit pas la forme 1-2-3 : "
                    + "impossible de numéroter une nouvelle sous-action.")
            }
            let code = PlanNumbering.nextChild(of: ficheCode, siblings: siblings.map(\.code))
            let position = PlanNumbering.nextRank(after: siblings.map(\.position))
            let sousAction = SousAction(actionID: actionID, code: code.description, title: fields.title, position: position)
            try await sousAction.create(on: tx)
            try await fields.apply(to: sousAction, territoryID: scope.territoryID, on: tx)
            try await journal(scope, .sousAction, sousAction.id, code: action.code,
                              "Sous-action \(code) ajoutée : « \(fields.title) ».", on: tx)
            return sousAction
        }
    }

    /// One journal entry of the editor, tied to the convention (and to the fiche when `code` is given).
    static func journal(_ scope: Scope, _ entity: AuditEntity, _ id: Int?, code: String?, _ summary: String,
                        field: String? = nil, before: String? = nil, after: String? = nil,
                        on db: any Database) async throws {
        try await Audit.record(on: db, user: scope.user, territoryID: scope.territoryID, conventionID: scope.conventionID,
                               entity: entity, entityID: id, actionCode: code, field: field, before: before, after: after,
                               summary: summary)
    }
}
