import CTGCore
import Fluent
import Vapor

/// A file attached to one row of a territory (see migration 670). `territory_id` is kept on the
/// row so that every read filters by the territory of the address: a file of territory A is never
/// found under territory B's slug.
final class Attachment: Model, @unchecked Sendable {
    static let schema = "attachments"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "territory_id") var territoryID: Int
    @OptionalField(key: "deliberation_id") var deliberationID: Int?
    @OptionalField(key: "seance_id") var seanceID: Int?
    @OptionalField(key: "action_id") var actionID: Int?
    @OptionalField(key: "sous_action_id") var sousActionID: Int?
    @OptionalField(key: "measurement_id") var measurementID: Int?
    /// Raw value of `AttachmentKind`.
    @Field(key: "kind") var kind: String
    /// The sender's name, cleaned (`AttachmentCheck.cleanFilename`).
    @Field(key: "filename") var filename: String
    /// The name in the DocumentStore: random, never the sender's.
    @Field(key: "stored_name") var storedName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "is_public") var isPublic: Bool
    @OptionalField(key: "uploaded_by") var uploadedBy: Int?
    /// Kept as written, so the list still says who sent it after the account is gone.
    @Field(key: "uploaded_by_email") var uploadedByEmail: String
    @Field(key: "uploaded_at") var uploadedAt: Date
    @OptionalField(key: "removed_at") var removedAt: Date?

    init() {}

    var kindLabel: String { AttachmentKind(rawValue: kind)?.label ?? AttachmentKind.autre.label }

    /// Sets the one owner key this row belongs to.
    func attach(to owner: AttachmentOwner) {
        switch owner.kind {
        case .deliberation: deliberationID = owner.id
        case .seance: seanceID = owner.id
        case .fiche: actionID = owner.id
        case .sousAction: sousActionID = owner.id
        case .measurement: measurementID = owner.id
        }
    }

    /// The live (not removed) attachments of one owner, in a territory, oldest first.
    static func live(of owner: AttachmentOwner, territoryID: Int, on db: any Database) async throws -> [Attachment] {
        let query = Attachment.query(on: db).filter(\.$territoryID == territoryID).filter(\.$removedAt == nil)
        switch owner.kind {
        case .deliberation: query.filter(\.$deliberationID == owner.id)
        case .seance: query.filter(\.$seanceID == owner.id)
        case .fiche: query.filter(\.$actionID == owner.id)
        case .sousAction: query.filter(\.$sousActionID == owner.id)
        case .measurement: query.filter(\.$measurementID == owner.id)
        }
        return try await query.sort(\.$uploadedAt).sort(\.$id).all()
    }

    var owner: AttachmentOwner? {
        if let id = deliberationID { return .init(kind: .deliberation, id: id) }
        if let id = seanceID { return .init(kind: .seance, id: id) }
        if let id = actionID { return .init(kind: .fiche, id: id) }
        if let id = sousActionID { return .init(kind: .sousAction, id: id) }
        if let id = measurementID { return .init(kind: .measurement, id: id) }
        return nil
    }
}
