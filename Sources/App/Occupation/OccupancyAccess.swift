import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let occupancy: AuditEntity = "occupancy"
}

/// Who reads and who edits a structure's occupancy: every signed-in reader of the territory
/// reads; the coordinateur and the référents of the structure's managing organisation edit.
enum OccupancyAccess {
    static let notManager = "Seuls le coordinateur et les référents de l'organisation qui gère cette structure peuvent modifier son occupation."

    /// The structure `:structureID` of the page's territory, with occupancy; 404 otherwise.
    static func structure(_ req: Request) async throws -> Structure {
        let scope = try await req.territoryScope()
        guard let id = req.parameters.get("structureID", as: Int.self),
              let structure = try await Structure.query(on: req.db).filter(\.$id == id)
                .filter(\.$territory.$id == scope.territoryID).first(),
              structure.structureKind.hasOccupancy else {
            throw AppError.notFound("Cette structure n'existe pas dans ce territoire ou n'accueille pas de jeunes enfants.")
        }
        return structure
    }

    static func canEdit(_ user: User?, _ structure: Structure) -> Bool {
        guard let user, user.isActive, user.territoryID == structure.$territory.id else { return false }
        switch user.role {
        case .coordinateur: return true
        case .referent: return user.organisationID != nil && user.organisationID == structure.$organisation.id
        default: return false
        }
    }

    /// The structure, if the signed-in user may edit it; 403 in French otherwise.
    static func editable(_ req: Request) async throws -> (Structure, User) {
        let user = try req.requireUser()
        let structure = try await structure(req)
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard canEdit(user, structure) else { throw AppError.forbidden(notManager) }
        return (structure, user)
    }

    /// The agrément as stored.
    static func agrement(structureIDs: [Int], on db: any Database) async throws -> [Int: Agrement] {
        guard !structureIDs.isEmpty else { return [:] }
        let slots = try await OccupancySlot.query(on: db).filter(\.$structure.$id ~~ structureIDs).all()
        let closures = try await OccupancyClosure.query(on: db).filter(\.$structure.$id ~~ structureIDs).all()
        var result: [Int: Agrement] = [:]
        for id in structureIDs {
            result[id] = Agrement(slots: slots.filter { $0.$structure.id == id }.map(\.slot),
                                  closures: closures.filter { $0.$structure.id == id }.compactMap(\.closure))
        }
        return result
    }
}
