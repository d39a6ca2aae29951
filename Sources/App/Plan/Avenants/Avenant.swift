import Fluent
import Vapor

/// One avenant to a convention; never edited in place (a correction is another avenant).
final class Avenant: Model, @unchecked Sendable {
    static let schema = "avenants"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "convention_id") var convention: Convention
    /// `YYYY-MM-DD` (CTGCore `CivilDate`): a signature day has no time zone.
    @Field(key: "signed_on") var signedOn: String
    @OptionalField(key: "deliberation") var deliberation: String?
    @Field(key: "changes") var changes: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "created_by") var createdBy: String

    init() {}

    init(conventionID: Int, signedOn: String, deliberation: String?, changes: String, createdBy: String) {
        self.$convention.id = conventionID
        self.signedOn = signedOn
        self.deliberation = deliberation
        self.changes = changes
        self.createdAt = Date()
        self.createdBy = createdBy
    }
}

extension AuditEntity {
    static let avenant: AuditEntity = "avenant"
}
