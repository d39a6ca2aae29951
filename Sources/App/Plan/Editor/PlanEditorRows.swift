import Fluent
import Vapor

/// The rows the editor addresses by id, found only inside the scope's convention:
/// an id of another convention (another territory) is "not found", never edited.
enum PlanEditorRows {
    static let notFound = AppError.notFound("Cet élément n'existe pas dans ce plan.")

    static func axe(_ id: Int, in scope: PlanEditor.Scope, on db: any Database) async throws -> Axe {
        guard let axe = try await Axe.find(id, on: db), axe.$convention.id == scope.conventionID else { throw notFound }
        return axe
    }

    static func objectif(_ id: Int, in scope: PlanEditor.Scope, on db: any Database) async throws -> Objectif {
        guard let objectif = try await Objectif.find(id, on: db) else { throw notFound }
        _ = try await axe(objectif.$axe.id, in: scope, on: db)
        return objectif
    }

    static func action(_ id: Int, in scope: PlanEditor.Scope, on db: any Database) async throws -> PlanAction {
        guard let action = try await PlanAction.find(id, on: db), action.$convention.id == scope.conventionID else { throw notFound }
        return action
    }

    static func action(code: String, in scope: PlanEditor.Scope, on db: any Database) async throws -> PlanAction {
        guard let action = try await PlanAction.query(on: db).filter(\.$convention.$id == scope.conventionID)
            .filter(\.$code == code).first() else {
            throw AppError.notFound("La fiche-action « \(code) » n'existe pas dans ce plan.")
        }
        return action
    }

    static func sousAction(_ id: Int, in scope: PlanEditor.Scope, on db: any Database) async throws -> SousAction {
        guard let sousAction = try await SousAction.find(id, on: db) else { throw notFound }
        _ = try await action(sousAction.$action.id, in: scope, on: db)
        return sousAction
    }

    /// The territory's organisation named exactly so (name or alias, any case), if any:
    /// a responsable typed in the editor then counts for the référents of that body.
    static func organisationID(named label: String, territoryID: Int, on db: any Database) async throws -> Int? {
        let wanted = label.lowercased()
        let organisations = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID).all()
        return organisations.first { ([$0.name] + $0.aliases).contains { $0.lowercased() == wanted } }?.id
    }
}
