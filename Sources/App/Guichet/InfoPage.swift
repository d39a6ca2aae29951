import CTGCore
import Fluent
import Vapor

/// A page of the Parents or Jeunes space, written in Markdown by an editor.
final class InfoPage: Model, @unchecked Sendable {
    static let schema = "info_pages"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    /// Whose référents may edit it; nil: the coordinateur only.
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    /// An `InfoSpace` raw value.
    @Field(key: "space") var space: String
    @Field(key: "slug") var slug: String
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "body") var body: String
    /// "Mis à jour le": set when an editor saves the page or marks it read again.
    @Field(key: "reviewed_at") var reviewedAt: Date
    @Field(key: "review_interval_days") var reviewIntervalDays: Int
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var infoSpace: InfoSpace { InfoSpace(rawValue: space) ?? .parents }
    var schedule: ReviewSchedule { ReviewSchedule(reviewedAt: reviewedAt, intervalDays: reviewIntervalDays) }
}

/// A territory's own partner resource in a space: its name, what it offers, its address.
final class GuichetPartner: Model, @unchecked Sendable {
    static let schema = "guichet_partners"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "space") var space: String
    @Field(key: "name") var name: String
    @Field(key: "description") var description: String
    @Field(key: "url") var url: String
    @Field(key: "is_demo") var isDemo: Bool

    init() {}
}

/// A file of a structure. `storedName` is a random name in the files directory: the name the
/// editor gave (`filename`) is only offered back as the download's name.
final class StructureDocument: Model, @unchecked Sendable {
    static let schema = "structure_documents"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "structure_id") var structure: Structure
    /// A `DocumentKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "filename") var filename: String
    @Field(key: "stored_name") var storedName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "uploaded_at") var uploadedAt: Date
    @OptionalField(key: "removed_at") var removedAt: Date?

    init() {}
}
