import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let chantier: AuditEntity = "chantier"
}

/// `/{territoire}/chantiers…` addresses (fiche 4-1-2).
enum ChantierPath: Equatable, Sendable {
    /// The requests (GET) and a new one (POST).
    case list
    case request(id: Int)
    /// The coordinateur moves the request along (POST).
    case status(id: Int)
    /// A document attached (POST, multipart), and its download.
    case documents(id: Int)
    case document(id: Int, documentID: Int)

    var segments: [String] {
        switch self {
        case .list: return ["chantiers"]
        case .request(let id): return ["chantiers", String(id)]
        case .status(let id): return ["chantiers", String(id), "statut"]
        case .documents(let id): return ["chantiers", String(id), "documents"]
        case .document(let id, let doc): return ["chantiers", String(id), "documents", String(doc)]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .list: return ["chantiers"]
        case .request: return ["chantiers", ":requestID"]
        case .status: return ["chantiers", ":requestID", "statut"]
        case .documents: return ["chantiers", ":requestID", "documents"]
        case .document: return ["chantiers", ":requestID", "documents", ":documentID"]
        }
    }
}

final class ChantierRequest: Model, @unchecked Sendable {
    static let schema = "chantier_requests"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    /// The requesting commune, as an organisation of the territory (its référents follow the request).
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @Field(key: "commune") var commune: String
    @Field(key: "site") var site: String
    @Field(key: "first_day") var firstDay: String
    @Field(key: "last_day") var lastDay: String
    @Field(key: "young_people") var youngPeople: Int
    @Field(key: "partner") var partner: String
    @OptionalField(key: "estimate_cents") var estimateCents: Int?
    @Field(key: "status") var status: String
    @Field(key: "received_on") var receivedOn: String

    init() {}

    var statusValue: ChantierStatus { ChantierStatus(rawValue: status) ?? .recue }
}

final class ChantierStep: Model, @unchecked Sendable {
    static let schema = "chantier_steps"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "request_id") var request: ChantierRequest
    @Field(key: "status") var status: String
    @Field(key: "day") var day: String
    @Field(key: "author") var author: String
    @Field(key: "comment") var comment: String

    init() {}
}

final class ChantierDocument: Model, @unchecked Sendable {
    static let schema = "chantier_documents"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "request_id") var request: ChantierRequest
    @Field(key: "title") var title: String
    @Field(key: "filename") var filename: String
    @Field(key: "stored_name") var storedName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "uploaded_at") var uploadedAt: Date

    init() {}
}

/// Who may do what with the requests: the coordinateur everything; the référent of a commune
/// files and documents that commune's requests; every reader of the territory reads them.
enum ChantierAccess {
    /// The commune organisation a référent speaks for, nil for anyone else.
    static func communeOf(_ user: User, territoryID: Int, on db: any Database) async throws -> Organisation? {
        guard user.role == .referent, user.territoryID == territoryID, let organisationID = user.organisationID else { return nil }
        return try await Organisation.query(on: db).filter(\.$id == organisationID).filter(\.$territory.$id == territoryID)
            .filter(\.$kind == OrganisationKind.commune.rawValue).first()
    }

    static func isCoordinator(_ user: User, territoryID: Int) -> Bool {
        user.role == .coordinateur && user.territoryID == territoryID
    }

    /// The request `:requestID` of this territory, or a French 404.
    static func find(_ req: Request, scope: TerritoryScope) async throws -> ChantierRequest {
        guard let id = req.parameters.get("requestID", as: Int.self),
              let row = try await ChantierRequest.query(on: req.db).filter(\.$id == id)
                .filter(\.$territory.$id == scope.territoryID).first() else {
            throw AppError.notFound("Cette demande de chantier n'existe pas sur ce territoire.")
        }
        return row
    }

    /// The coordinateur, or the référent of a commune of the territory (with that commune); else a
    /// French 403, before anything about the request is read.
    static func requireWriter(_ req: Request, scope: TerritoryScope) async throws -> (User, Organisation?) {
        let user = try req.requireUser()
        if user.role.isReadOnly { throw AppError.forbidden(AccessDenied.readOnly) }
        if isCoordinator(user, territoryID: scope.territoryID) { return (user, nil) }
        if let commune = try await communeOf(user, territoryID: scope.territoryID, on: req.db) { return (user, commune) }
        throw AppError.forbidden("Une demande de chantier est déposée et documentée par le référent d'une commune ou par le coordinateur.")
    }

    /// The coordinateur, or the référent of the request's commune; else a French 403.
    static func requireFollower(_ req: Request, _ row: ChantierRequest, scope: TerritoryScope) async throws -> User {
        let user = try req.requireUser()
        if isCoordinator(user, territoryID: scope.territoryID) { return user }
        if let commune = try await communeOf(user, territoryID: scope.territoryID, on: req.db), commune.id == row.$organisation.id {
            return user
        }
        throw AppError.forbidden("Seuls le coordinateur et les référents de la commune qui a fait la demande joignent des documents.")
    }
}
