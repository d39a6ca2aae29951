import Fluent
import Vapor

final class Objectif: Model, @unchecked Sendable {
    static let schema = "objectifs"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "axe_id") var axe: Axe
    @Field(key: "number") var number: Int
    @Field(key: "title") var title: String
    @Children(for: \.$objectif) var actions: [PlanAction]

    init() {}

    init(axeID: Int, number: Int, title: String) {
        self.$axe.id = axeID
        self.number = number
        self.title = title
    }
}
