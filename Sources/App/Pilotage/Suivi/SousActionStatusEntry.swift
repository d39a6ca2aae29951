import CTGCore
import Fluent
import Vapor

/// One dated status of a sous-action for one year of the convention. Entries
/// are never overwritten: the latest entry for a year is the current status,
/// the earlier ones are the history the bilan compares against.
final class SousActionStatusEntry: Model, @unchecked Sendable {
    static let schema = "sous_action_statuses"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "sous_action_id") var sousAction: SousAction
    @Field(key: "year") var year: Int
    /// Raw value of `CTGCore.SubActionStatus`.
    @Field(key: "status") var statusRaw: String
    @OptionalField(key: "comment") var comment: String?
    /// ISO date the status was observed.
    @Field(key: "recorded_on") var recordedOn: String
    @OptionalField(key: "author_id") var authorID: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(sousActionID: Int, year: Int, status: SubActionStatus, comment: String?, recordedOn: String, authorID: Int?) {
        self.$sousAction.id = sousActionID
        self.year = year
        self.statusRaw = status.rawValue
        self.comment = comment
        self.recordedOn = recordedOn
        self.authorID = authorID
    }

    var status: SubActionStatus { SubActionStatus(rawValue: statusRaw) ?? .a_venir }
}
