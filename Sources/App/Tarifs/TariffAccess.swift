import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let tariff: AuditEntity = "tariff"
}

/// Who reads and who edits the tariff grids: every signed-in reader of the territory reads;
/// the coordinateur edits every grid and the draft; a référent edits the grids of the ALSH
/// its organisation runs (the structure's managing organisation).
enum TariffAccess {
    static let notManager = "Seuls le coordinateur et les référents de l'organisation qui gère cet accueil de loisirs peuvent modifier sa grille."
    static let draftOnly = "Seul le coordinateur rédige la grille harmonisée."

    /// The ALSH `:structureID` of the page's territory; 404 otherwise.
    static func structure(_ req: Request, territoryID: Int) async throws -> Structure {
        guard let id = req.parameters.get("structureID", as: Int.self),
              let structure = try await Structure.query(on: req.db).filter(\.$id == id)
                .filter(\.$territory.$id == territoryID).first(), structure.structureKind == .alsh else {
            throw AppError.notFound("Cet accueil de loisirs n'existe pas dans ce territoire.")
        }
        return structure
    }

    /// The grid `:gridID` of the page's territory (a structure's, not the draft); 404 otherwise.
    static func grid(_ req: Request, territoryID: Int) async throws -> TariffGridRow {
        guard let id = req.parameters.get("gridID", as: Int.self),
              let row = try await TariffGridRow.query(on: req.db).filter(\.$id == id)
                .filter(\.$territory.$id == territoryID).first(), !row.isDraft else {
            throw AppError.notFound("Cette grille tarifaire n'existe pas dans ce territoire.")
        }
        return row
    }

    static func canEdit(_ user: User?, territoryID: Int, organisationID: Int?) -> Bool {
        guard let user, user.isActive, user.territoryID == territoryID else { return false }
        switch user.role {
        case .coordinateur: return true
        case .referent: return organisationID != nil && user.organisationID == organisationID
        default: return false
        }
    }

    /// Refuses before any lookup whoever can edit no grid of the territory (a reader, a référent
    /// whose organisation runs no ALSH here), so they learn nothing about which ids exist.
    static func requireSomeEditRight(_ req: Request, territoryID: Int) async throws {
        let user = try req.requireUser()
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard user.role == .referent else { return }
        let runs = try await Structure.query(on: req.db).filter(\.$territory.$id == territoryID)
            .filter(\.$kind == StructureKind.alsh.rawValue).filter(\.$organisation.$id == user.organisationID).count()
        if user.organisationID == nil || runs == 0 { throw AppError.forbidden(notManager) }
    }

    /// 403 in French unless the user may edit a grid of that structure.
    static func requireEditor(_ req: Request, _ structure: Structure) throws -> User {
        let user = try req.requireUser()
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        guard canEdit(user, territoryID: structure.$territory.id, organisationID: structure.$organisation.id) else {
            throw AppError.forbidden(notManager)
        }
        return user
    }
}
