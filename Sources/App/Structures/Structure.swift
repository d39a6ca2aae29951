import CTGCore
import Fluent
import Vapor

/// A place families or young people can go to: a crèche, a relais, an accueil de loisirs…
/// Shared by the guichet's directory (issue 10) and the petite enfance services (issue 11):
/// each adds its own tables pointing here rather than columns to this one.
final class Structure: Model, @unchecked Sendable {
    static let schema = "structures"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    /// The managing organisation, whose référents may edit the structure.
    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @Field(key: "name") var name: String
    /// A `StructureKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "commune") var commune: String
    @Field(key: "address") var address: String
    @OptionalField(key: "min_age_months") var minAgeMonths: Int?
    @OptionalField(key: "max_age_months") var maxAgeMonths: Int?
    /// Free text as families read it ("lundi–vendredi 7 h 30 – 18 h 30"); detailed agréments live elsewhere.
    @Field(key: "opening_hours") var openingHours: String
    @OptionalField(key: "places") var places: Int?
    @Field(key: "phone") var phone: String
    @Field(key: "email") var email: String
    @Field(key: "website") var website: String
    @Field(key: "description") var description: String
    /// Demonstration records are marked as such wherever they show.
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var structureKind: StructureKind { StructureKind(rawValue: kind) ?? .other }
    var ages: AgeRange { AgeRange(minMonths: minAgeMonths, maxMonths: maxAgeMonths) }

    init(territoryID: Int, organisationID: Int?, name: String, kind: StructureKind, commune: String,
         address: String = "", places: Int? = nil, isDemo: Bool = false) {
        self.$territory.id = territoryID
        self.$organisation.id = organisationID
        self.name = name
        self.kind = kind.rawValue
        self.commune = commune
        self.address = address
        self.openingHours = ""
        self.places = places
        self.phone = ""
        self.email = ""
        self.website = ""
        self.description = ""
        self.isDemo = isDemo
    }
}
