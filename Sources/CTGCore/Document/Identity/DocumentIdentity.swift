/// Who a deliberation belongs to and the period it covers, read from the text itself:
/// its header or opening sentence for the name, its ACTES identifier (or the text) for
/// the SIREN and the département, and the plan's years. What is not found stays nil
/// with a warning; nothing is taken from a list of known territories.
public struct DocumentIdentity: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case communauteDeCommunes = "Communauté de communes"
        case communauteAgglomeration = "Communauté d'agglomération"
        case communauteUrbaine = "Communauté urbaine"
        case metropole = "Métropole"
        case commune = "Commune"
    }

    public var kind: Kind?
    /// As the text writes it after the kind ("du Pays de Saint-Eloy", "Loir-Lucé-Bercé").
    public var name: String?
    public var siren: String?
    public var departement: Departement?
    public var startYear: Int?
    public var endYear: Int?
    /// "CAF de la Sarthe" when the document names its CAF; else the département's is meant.
    public var cafName: String?
    public var warnings: [String]

    public init(kind: Kind? = nil, name: String? = nil, siren: String? = nil, departement: Departement? = nil,
                startYear: Int? = nil, endYear: Int? = nil, cafName: String? = nil, warnings: [String] = []) {
        self.kind = kind; self.name = name; self.siren = siren; self.departement = departement; self.cafName = cafName
        self.startYear = startYear; self.endYear = endYear; self.warnings = warnings
    }

    /// "Communauté de communes du Pays de Saint-Eloy", "Commune de Saint-Martin".
    public var fullName: String? {
        guard let kind, let name else { return nil }
        let joined = name.first?.isLowercase == true || name.hasPrefix("d'") ? "\(kind.rawValue) \(name)"
            : kind == .commune ? "\(kind.rawValue) de \(name)" : "\(kind.rawValue) \(name)"
        return joined
    }
}
