import CTGCore
import Fluent
import Vapor

/// Who may change what. A coordinateur edits everything of their territory; a
/// référent edits the fiches (and their sous-actions, indicators…) where their
/// organisation is *responsable*; a lecteur edits nothing. Across territories,
/// nothing is visible: the answer is "not found", never "forbidden".
enum AccessPolicy {
    /// Whether the user reads the territory's signed-in pages: their own territory, or for a
    /// `caf` account any territory of its département. The one place this rule lives; every
    /// "same territory?" check of a read page asks it. Départements compare by their national
    /// code, since a territory may store ACTES's "063" where the account says "63".
    static func reads(_ user: User, _ territory: Territory) -> Bool {
        guard user.isActive, let territoryID = territory.id else { return false }
        if user.$territory.id == territoryID { return true }
        guard user.role == .caf, let own = user.departement.flatMap(Departement.withCode) else { return false }
        return Departement.withCode(territory.departement)?.code == own.code
    }

    static func canEdit(_ user: User?, actionID: Int, on db: any Database) async throws -> Bool {
        guard let user, let action = try await PlanAction.find(actionID, on: db) else { return false }
        return try await canEdit(user, action: action, on: db)
    }

    static func canEdit(_ user: User?, sousActionID: Int, on db: any Database) async throws -> Bool {
        guard let sousAction = try await SousAction.find(sousActionID, on: db) else { return false }
        return try await canEdit(user, actionID: sousAction.$action.id, on: db)
    }

    static func canEdit(_ user: User, action: PlanAction, on db: any Database) async throws -> Bool {
        guard user.isActive,
              try await territoryID(ofConvention: action.$convention.id, on: db) == user.territoryID else { return false }
        switch user.role {
        case .coordinateur: return true
        case .lecteur, .admin, .caf: return false
        case .referent:
            guard let organisationID = user.organisationID else { return false }
            return try await isResponsable(organisationID: organisationID, actionID: action.requireID(), on: db)
        }
    }

    /// Whether the organisation is a *responsable* (not a mere partenaire) of the fiche.
    static func isResponsable(organisationID: Int, actionID: Int, on db: any Database) async throws -> Bool {
        try await ActionOrganisation.query(on: db)
            .filter(\.$action.$id == actionID)
            .filter(\.$role == .lead)
            .filter(\.$organisation.$id == organisationID)
            .count() > 0
    }

    static func territoryID(ofConvention id: Int, on db: any Database) async throws -> Int? {
        try await Convention.find(id, on: db)?.$territory.id
    }
}

extension Request {
    /// The fiche, if the signed-in user may edit it; else 401, 403 or 404 with a French message.
    @discardableResult
    func requireEdit(actionID: Int) async throws -> PlanAction {
        let user = try requireUser()
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard let action = try await PlanAction.find(actionID, on: db),
              try await AccessPolicy.territoryID(ofConvention: action.$convention.id, on: db) == user.territoryID else {
            throw AppError.notFound(AccessDenied.notFound)
        }
        guard try await AccessPolicy.canEdit(user, action: action, on: db) else {
            throw AppError.forbidden(AccessDenied.notResponsable)
        }
        return action
    }

    /// The fiche "1-2-3" of a convention, if the signed-in user may edit it.
    @discardableResult
    func requireEdit(actionCode: String, conventionID: Int) async throws -> PlanAction {
        if try requireUser().role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        try await requireTerritory(conventionID: conventionID)
        guard let action = try await PlanAction.query(on: db)
            .filter(\.$convention.$id == conventionID).filter(\.$code == actionCode).first() else {
            throw AppError.notFound("La fiche-action « \(actionCode) » n'existe pas dans ce plan.")
        }
        return try await requireEdit(actionID: action.requireID())
    }

    /// The sous-action, if the signed-in user may edit its fiche.
    @discardableResult
    func requireEdit(sousActionID: Int) async throws -> SousAction {
        if try requireUser().role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard let sousAction = try await SousAction.find(sousActionID, on: db) else {
            throw AppError.notFound(AccessDenied.notFound)
        }
        try await requireEdit(actionID: sousAction.$action.id)
        return sousAction
    }

    /// The convention, if the signed-in user reads its territory (`AccessPolicy.reads`); 404 otherwise.
    @discardableResult
    func requireTerritory(conventionID: Int) async throws -> Convention {
        let user = try requireUser()
        guard let convention = try await Convention.query(on: db).filter(\.$id == conventionID)
                .with(\.$territory).first(),
              AccessPolicy.reads(user, convention.territory) else {
            throw AppError.notFound(AccessDenied.notFound)
        }
        return convention
    }

    /// For back-office pages: the convention the page shows, in a territory the signed-in
    /// user reads (another territory's page does not exist for them).
    func userConventionID() async throws -> Int {
        let user = try requireUser()
        let scope = try await territoryScope()
        guard AccessPolicy.reads(user, scope.territory) else { throw AppError.notFound(AccessDenied.notFound) }
        return try scope.requireConventionID()
    }
}
