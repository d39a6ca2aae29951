import Fluent
import Vapor

/// A responsable or partenaire of a fiche. Partners may be free text
/// ("Service petite enfance"), so the organisation link is optional and the
/// label is always kept as shown.
final class ActionOrganisation: Model, @unchecked Sendable {
    static let schema = "action_organisations"

    enum Role: String, Codable, Sendable {
        case lead
        case partner
    }

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "action_id") var action: PlanAction
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @Field(key: "role") var role: Role
    @Field(key: "label") var label: String
    @Field(key: "position") var position: Int

    init() {}

    init(actionID: Int, organisationID: Int?, role: Role, label: String, position: Int) {
        self.$action.id = actionID
        self.$organisation.id = organisationID
        self.role = role
        self.label = label
        self.position = position
    }
}
