import Fluent
import Vapor

/// An EPCI or a commune. One instance hosts every territory of a CAF, so all
/// plan data hangs off a territory and queries are always scoped by it.
final class Territory: Model, @unchecked Sendable {
    static let schema = "territories"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "name") var name: String
    @Field(key: "siren") var siren: String
    @Field(key: "departement") var departement: String
    @Field(key: "kind") var kind: String

    init() {}

    init(name: String, siren: String, departement: String, kind: String = "epci") {
        self.name = name
        self.siren = siren
        self.departement = departement
        self.kind = kind
    }
}
