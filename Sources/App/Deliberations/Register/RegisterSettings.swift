import Fluent
import Vapor

/// What the register needs about the collectivité beyond the imported document.
final class RegisterSettings: Model, @unchecked Sendable {
    static let schema = "register_settings"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    /// "Communauté de communes du Pays de Saint-Eloy": COLL_NOM of the SCDL export.
    @OptionalField(key: "official_name") var officialName: String?
    /// 14 digits (SIREN + NIC). The document gives only the SIREN, so it starts empty.
    @OptionalField(key: "siret") var siret: String?
    /// "PREF063" or "SPREF0632": PREF_ID of the SCDL export.
    @OptionalField(key: "pref_id") var prefID: String?
    /// An EPCI à fiscalité propre must publish electronically from 1 July 2022 (CGCT L2131-1).
    @Field(key: "own_taxation") var ownTaxation: Bool

    init() {}

    init(territoryID: Int, ownTaxation: Bool) {
        self.$territory.id = territoryID
        self.ownTaxation = ownTaxation
    }

    /// The stored settings, or defaults: a communauté de communes is always à fiscalité propre.
    static func forTerritory(_ territory: Territory, on db: any Database) async throws -> RegisterSettings {
        let id = try territory.requireID()
        if let found = try await RegisterSettings.query(on: db).filter(\.$territory.$id == id).first() {
            return found
        }
        return RegisterSettings(territoryID: id, ownTaxation: territory.kind == "epci")
    }
}
