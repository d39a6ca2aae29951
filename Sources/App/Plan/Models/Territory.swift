import CTGCore
import Fluent
import Vapor

/// An EPCI or a commune. One instance hosts every territory of a CAF, so all
/// plan data hangs off a territory and queries are always scoped by it.
final class Territory: Model, @unchecked Sendable {
    static let schema = "territories"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Field(key: "name") var name: String
    /// Nil when the territory was created from a text that does not give it (migration 420).
    @OptionalField(key: "siren") var siren: String?
    @Field(key: "departement") var departement: String
    @Field(key: "kind") var kind: String
    /// The first segment of every address of the territory (`/pays-de-saint-eloy/plan`).
    @Field(key: "slug") var slug: String

    init() {}

    init(name: String, siren: String?, departement: String, kind: String = "epci", slug: String) {
        self.name = name
        self.slug = slug
        self.siren = siren
        self.departement = departement
        self.kind = kind
    }
}

extension Territory {
    /// A new territory whose slug is made from its name and kept clear of every slug
    /// already taken, so two territories never share an address.
    static func create(name: String, siren: String?, departement: String, kind: String = "epci",
                       slug wanted: String? = nil, on db: any Database) async throws -> Territory {
        let taken = Set(try await Territory.query(on: db).all(\.$slug))
        let slug = wanted ?? TerritorySlug.unique(from: name, taken: taken)
        let territory = Territory(name: name, siren: siren, departement: departement, kind: kind, slug: slug)
        try await territory.create(on: db)
        return territory
    }
}
