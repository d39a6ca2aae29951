/// National services every family or young person may use, whatever their territory: national
/// facts, so code. A territory's own partners (its relais, its PMI's local address…) are data.
public struct NationalResource: Equatable, Sendable, Encodable {
    public let name: String
    public let description: String
    public let url: String

    /// The ones shown in each information space.
    public static func forSpace(_ space: InfoSpace) -> [NationalResource] {
        switch space {
        case .parents: return [caf, monEnfant, msa, servicePublicFamille]
        case .jeunes: return [oneYoungOneSolution, caf, msa, servicePublicJeunes]
        }
    }

    static let caf = NationalResource(
        name: "CAF — Caisse d'allocations familiales", description: "Prestations familiales, aides et simulateurs.",
        url: "https://www.caf.fr/")
    static let monEnfant = NationalResource(
        name: "monenfant.fr", description: "Le site de la branche Famille pour trouver un mode d'accueil ou un soutien à la parentalité.",
        url: "https://monenfant.fr/")
    static let msa = NationalResource(
        name: "MSA — Mutualité sociale agricole", description: "Prestations des familles du monde agricole.",
        url: "https://www.msa.fr/")
    static let servicePublicFamille = NationalResource(
        name: "Service-public.fr — Famille", description: "Démarches et droits : naissance, scolarité, séparation.",
        url: "https://www.service-public.fr/particuliers/vosdroits/N19805")
    static let oneYoungOneSolution = NationalResource(
        name: "1 jeune, 1 solution", description: "Emploi, formation, stages, aides pour les 15–30 ans.",
        url: "https://www.1jeune1solution.gouv.fr/")
    static let servicePublicJeunes = NationalResource(
        name: "Service-public.fr — Jeunes", description: "Démarches pour les jeunes : permis, logement, santé.",
        url: "https://www.service-public.fr/particuliers/vosdroits/N31")
}

/// The two information spaces of the public site.
public enum InfoSpace: String, CaseIterable, Codable, Sendable {
    case parents
    case jeunes

    public var title: String {
        switch self {
        case .parents: return "Espace parents"
        case .jeunes: return "Espace jeunes"
        }
    }

    public var lead: String {
        switch self {
        case .parents: return "Modes d'accueil, soutien à la parentalité, démarches : ce que les familles du territoire doivent savoir."
        case .jeunes: return "Loisirs, information, emploi, mobilité : les ressources pour les jeunes du territoire."
        }
    }
}
