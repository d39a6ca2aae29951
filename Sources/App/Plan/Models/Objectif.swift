import Fluent
import Vapor

final class Objectif: Model, @unchecked Sendable {
    static let schema = "objectifs"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "axe_id") var axe: Axe
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    /// The outline's wording, kept only when it differs.
    @OptionalField(key: "outline_title") var outlineTitle: String?
    /// Roll-up weight; nil means the plain average applies.
    @OptionalField(key: "weight") var weight: Double?
    @Children(for: \.$objectif) var actions: [PlanAction]

    init() {}

    init(axeID: Int, number: Int, title: String) {
        self.$axe.id = axeID
        self.number = number
        self.title = title
    }
}
