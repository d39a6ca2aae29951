import Fluent
import Vapor

final class Axe: Model, @unchecked Sendable {
    static let schema = "axes"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "convention_id") var convention: Convention
    @Field(key: "number") var number: Int
    /// Nil when the document gives none (Axe 3 of Saint-Eloy).
    @OptionalField(key: "title") var title: String?
    /// The outline's wording, kept only when it differs.
    @OptionalField(key: "outline_title") var outlineTitle: String?
    /// Roll-up weight; nil means the plain average applies.
    @OptionalField(key: "weight") var weight: Double?
    @Children(for: \.$axe) var objectifs: [Objectif]

    init() {}

    init(conventionID: Int, number: Int, title: String?) {
        self.$convention.id = conventionID
        self.number = number
        self.title = title
    }

    var displayTitle: String { title ?? "(titre absent du document)" }
}
