public enum OrganisationKind: String, Codable, Sendable, CaseIterable {
    case epci, commune, association, caf, financeur, service, autre
}

public struct KnownOrganisation: Sendable, Equatable {
    public let name: String
    public let kind: OrganisationKind
    public let aliases: [String]

    public init(name: String, kind: OrganisationKind, aliases: [String]) {
        self.name = name; self.kind = kind; self.aliases = aliases
    }
}

/// The bodies the Saint-Eloy CTG names, each under every spelling the fiches use.
/// Matching is exact on the comparison key (case, accents, punctuation ignored), never
/// fuzzy: "Communes du territoire" must not become the EPCI.
public enum OrganisationCatalog {
    private typealias Text = DocumentParser.Text

    public static let all: [KnownOrganisation] = [
        .init(name: "Communauté de communes du Pays de Saint-Eloy", kind: .epci, aliases: [
            "CC", "CCPSE", "Communauté de communes", "Communauté de communes de communes",
            "Communauté de communes de communes (CCPSE)", "Communauté de communes (CCPSE)",
            "Communauté de communes du Pays de St Eloy",
            "CC du Pays de Saint Eloy", "Pays de Saint-Eloy", "CC Pays de Saint-Eloy"]),
        .init(name: "Commune de Saint-Gervais-d'Auvergne", kind: .commune, aliases: [
            "Commune de St Gervais", "Commune de Saint Gervais", "mairie de St Gervais", "Mairie de Saint Gervais",
            "Commune de St Gervais d'Auvergne", "Saint-Gervais-d'Auvergne", "St Gervais d'Auvergne"]),
        .init(name: "La Clé des Champs", kind: .association, aliases: ["Clé des Champs", "Association La Clé des Champs"]),
        .init(name: "AFJC", kind: .association, aliases: []),
        .init(name: "CAF du Puy-de-Dôme", kind: .caf, aliases: [
            "CAF", "CAF 63", "Caisse d'Allocations Familiales",
            "Caisse d'Allocations Familiales du Puy de Dôme"]),
        .init(name: "MSA", kind: .financeur, aliases: ["MSA Auvergne", "Mutualité sociale agricole"]),
        .init(name: "Conseil départemental du Puy-de-Dôme", kind: .financeur, aliases: [
            "Conseil Départemental 63", "Département 63", "CD63", "CD 63", "Conseil départemental",
            "Département du Puy-de-Dôme"]),
        .init(name: "Région Auvergne-Rhône-Alpes", kind: .financeur, aliases: ["Région AURA", "AURA", "Région"]),
        .init(name: "DSDEN", kind: .financeur, aliases: ["DSDEN 63", "DSDEN du Puy-de-Dôme"]),
        .init(name: "CARSAT", kind: .financeur, aliases: ["CARSAT Auvergne"]),
        .init(name: "Conférence des financeurs", kind: .financeur, aliases: [
            "Conférence des financeurs de la prévention de la perte d'autonomie"]),
        .init(name: "PMI", kind: .service, aliases: ["Protection maternelle et infantile"]),
        .init(name: "RPE", kind: .service, aliases: ["Relais Petite Enfance", "RAM", "Relais assistants maternels"]),
        .init(name: "MDS", kind: .service, aliases: ["Maison des solidarités"]),
        .init(name: "Éducation nationale", kind: .service, aliases: []),
        .init(name: "SMAD", kind: .autre, aliases: []),
        .init(name: "REAPP 63", kind: .autre, aliases: ["REAPP"]),
        .init(name: "ADAPEI", kind: .association, aliases: ["ADAPEI 63"]),
    ]

    private static let index: [String: KnownOrganisation] = {
        var map: [String: KnownOrganisation] = [:]
        for org in all {
            for spelling in [org.name] + org.aliases { map[Text.comparisonKey(spelling)] = org }
        }
        return map
    }()

    public static func organisation(for raw: String) -> KnownOrganisation? {
        let key = Text.comparisonKey(raw)
        if let org = index[key] { return org }
        // "Communauté de communes (CCPSE)": either the name or the bracketed acronym may be known.
        if let open = raw.firstIndex(of: "("), let close = raw.lastIndex(of: ")"), open < close {
            let outside = String(raw[..<open]), inside = String(raw[raw.index(after: open)..<close])
            if let org = index[Text.comparisonKey(outside)] ?? index[Text.comparisonKey(inside)] { return org }
        }
        return nil
    }

    public static func canonicalName(for raw: String) -> String? { organisation(for: raw)?.name }
}
