/// The kinds of places a family or a young person can go to, as the CAF's vocabulary names
/// them nationally. A territory's own structures are data; only the kinds are code.
public enum StructureKind: String, CaseIterable, Codable, Sendable {
    case eaje
    case microCreche = "micro-creche"
    case rpe
    case mam
    case alsh
    case laep
    case espaceJeunes = "espace-jeunes"
    case mediatheque
    case association
    case other = "autre"

    /// The label shown to families.
    public var label: String {
        switch self {
        case .eaje: "Établissement d'accueil du jeune enfant (crèche, multi-accueil)"
        case .microCreche: "Micro-crèche"
        case .rpe: "Relais petite enfance (RPE)"
        case .mam: "Maison d'assistants maternels (MAM)"
        case .alsh: "Accueil de loisirs (ALSH)"
        case .laep: "Lieu d'accueil enfants-parents (LAEP)"
        case .espaceJeunes: "Espace jeunes"
        case .mediatheque: "Médiathèque"
        case .association: "Association"
        case .other: "Autre structure"
        }
    }

    /// Kinds whose places and attendance make a taux d'occupation (PSU-funded care).
    public var hasOccupancy: Bool { self == .eaje || self == .microCreche }
}

/// The ages a structure serves, in months so that "0–3 ans" and "10 semaines" both fit.
public struct AgeRange: Equatable, Sendable {
    public var minMonths: Int?
    public var maxMonths: Int?

    public init(minMonths: Int?, maxMonths: Int?) {
        self.minMonths = minMonths
        self.maxMonths = maxMonths
    }

    /// Whether a child of that age (in months) is served; an open bound accepts everyone on that side.
    public func accepts(months: Int) -> Bool {
        if let minMonths, months < minMonths { return false }
        if let maxMonths, months > maxMonths { return false }
        return true
    }
}
