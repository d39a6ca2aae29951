import Fluent
import Vapor

/// Who edits the guichet's structures and pages: the référents of the managing organisation,
/// and the coordinateur for everything of the territory. Another territory's record does not
/// exist for a user ("not found"); another organisation's is refused in French.
enum GuichetAccess {
    static let notManager = "Vous ne pouvez modifier que les structures et les pages dont votre organisation est gestionnaire."

    static func canEdit(_ user: User?, territoryID: Int, organisationID: Int?) -> Bool {
        guard let user, user.isActive, user.territoryID == territoryID else { return false }
        switch user.role {
        case .coordinateur: return true
        case .referent: return organisationID != nil && user.organisationID == organisationID
        case .lecteur, .admin, .caf: return false
        }
    }

    /// Whether the user writes in this territory's guichet at all (links to the forms).
    static func isEditor(_ user: User?, territoryID: Int) -> Bool {
        guard let user, user.isActive, user.territoryID == territoryID else { return false }
        return user.role == .coordinateur || user.role == .referent
    }

    /// The manager choices of a form: the coordinateur may also leave it to the coordination.
    static func managerOptions(for user: User, allowed: [Organisation], selected: String?) -> [AdminUsersPage.Option] {
        let none = user.role == .coordinateur
            ? [AdminUsersPage.Option(value: "", label: "Aucune (coordination)", selected: (selected ?? "").isEmpty)] : []
        return none + allowed.map { AdminUsersPage.Option(value: String($0.id ?? 0), label: $0.name, selected: String($0.id ?? 0) == selected) }
    }

    /// The organisations a user may choose as manager: all of the territory's for the
    /// coordinateur, their own for a référent.
    static func managerChoices(for user: User, territoryID: Int, on db: any Database) async throws -> [Organisation] {
        let query = Organisation.query(on: db).filter(\.$territory.$id == territoryID).sort(\.$name)
        if user.role == .referent {
            guard let own = user.organisationID else { return [] }
            query.filter(\.$id == own)
        }
        return try await query.all()
    }
}

extension Request {
    /// The signed-in editor of this territory's guichet (coordinateur or référent); 403 otherwise.
    func requireGuichetEditor(_ scope: TerritoryScope) throws -> User {
        let user = try requireUser()
        guard user.territoryID == scope.territoryID else { throw AppError.notFound(AccessDenied.notFound) }
        guard user.role == .coordinateur || user.role == .referent else {
            throw AppError.forbidden(user.role.isReadOnly ? AccessDenied.readOnly : AccessDenied.role([.coordinateur, .referent]).reason)
        }
        return user
    }

    /// The structure of the address, in this territory (404 otherwise).
    func structure(in scope: TerritoryScope) async throws -> Structure {
        guard let id = parameters.get("structureID", as: Int.self),
              let structure = try await Structure.query(on: db).filter(\.$id == id)
                .filter(\.$territory.$id == scope.territoryID).first() else {
            throw AppError.notFound("Cette structure n'existe pas sur ce territoire.")
        }
        return structure
    }

    /// The structure of the address, if the signed-in user edits it.
    func editableStructure(in scope: TerritoryScope) async throws -> (User, Structure) {
        let user = try requireGuichetEditor(scope)
        let structure = try await structure(in: scope)
        guard GuichetAccess.canEdit(user, territoryID: scope.territoryID, organisationID: structure.$organisation.id) else {
            throw AppError.forbidden(GuichetAccess.notManager)
        }
        return (user, structure)
    }
}
