import Fluent
import Vapor

/// A fiche-action such as 1-1-1. Named PlanAction because "Action" is too
/// generic a Swift type name; the table is the field's word.
final class PlanAction: Model, @unchecked Sendable {
    static let schema = "actions"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "objectif_id") var objectif: Objectif
    /// Denormalised so a fiche is found by (convention, code) in one query.
    @Parent(key: "convention_id") var convention: Convention
    @Field(key: "code") var code: String
    @Field(key: "title") var title: String
    @OptionalField(key: "outline_title") var outlineTitle: String?
    @OptionalField(key: "diagnostic") var diagnostic: String?
    @OptionalField(key: "audience") var audience: String?
    /// Roll-up weight; nil means the plain average applies.
    @OptionalField(key: "weight") var weight: Double?
    @Children(for: \.$action) var sousActions: [SousAction]
    @Children(for: \.$action) var organisations: [ActionOrganisation]
    @Children(for: \.$action) var indicators: [Indicator]
    @Children(for: \.$action) var expectedResults: [ExpectedResult]

    init() {}

    init(objectifID: Int, conventionID: Int, code: String, title: String) {
        self.$objectif.id = objectifID
        self.$convention.id = conventionID
        self.code = code
        self.title = title
    }
}
