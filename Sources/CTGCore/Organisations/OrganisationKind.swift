/// What a body is. National bodies get their kind from `NationalBodies`; a local body
/// from the words of its name ("Commune de …", "Association …", "Service …").
public enum OrganisationKind: String, Codable, Sendable, CaseIterable {
    case epci, commune, association, caf, financeur, service, autre

    /// French, for the organisations page and `ctg organisation list`.
    public var label: String {
        switch self {
        case .epci: return "Intercommunalité"
        case .commune: return "Commune"
        case .association: return "Association"
        case .caf: return "CAF"
        case .financeur: return "Financeur institutionnel"
        case .service: return "Service"
        case .autre: return "Autre"
        }
    }
}

/// A body of one territory as stored: its name, kind and the other names it appears under.
public struct KnownOrganisation: Sendable, Equatable {
    public let name: String
    public let kind: OrganisationKind
    public let aliases: [String]

    public init(name: String, kind: OrganisationKind, aliases: [String]) {
        self.name = name; self.kind = kind; self.aliases = aliases
    }
}
