import Fluent
import Vapor

final class SousAction: Model, @unchecked Sendable {
    static let schema = "sous_actions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "action_id") var action: PlanAction
    /// Nil when the document gives the row no number (first row of 2-2-1).
    @OptionalField(key: "code") var code: String?
    @Field(key: "title") var title: String
    @OptionalField(key: "outline_title") var outlineTitle: String?
    /// Comma-separated years; empty means unknown, never guessed.
    @Field(key: "years") var yearsText: String
    @OptionalField(key: "staff") var staff: String?
    /// Roll-up weight; nil means the plain average applies.
    @OptionalField(key: "weight") var weight: Double?
    @Field(key: "position") var position: Int
    @Children(for: \.$sousAction) var funders: [SousActionFunder]

    init() {}

    init(actionID: Int, code: String?, title: String, position: Int) {
        self.$action.id = actionID
        self.code = code
        self.title = title
        self.position = position
        self.yearsText = ""
    }

    var years: [Int] {
        get { yearsText.split(separator: ",").compactMap { Int($0) }.sorted() }
        set { yearsText = Set(newValue).sorted().map(String.init).joined(separator: ",") }
    }

    var displayCode: String { code ?? "—" }
}

final class SousActionFunder: Model, @unchecked Sendable {
    static let schema = "sous_action_funders"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "sous_action_id") var sousAction: SousAction
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @Field(key: "label") var label: String
    @Field(key: "position") var position: Int

    init() {}

    init(sousActionID: Int, organisationID: Int?, label: String, position: Int) {
        self.$sousAction.id = sousActionID
        self.$organisation.id = organisationID
        self.label = label
        self.position = position
    }
}
