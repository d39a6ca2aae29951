/// Where a commune's request for a chantier international de jeunes stands (fiche 4-1-2).
/// The communauté de communes moves it along; the allowed moves are decided here.
public enum ChantierStatus: String, CaseIterable, Codable, Sendable {
    case recue
    case etudiee
    case devis
    case programmee
    case realisee
    /// The request was turned down or withdrawn; it still counts as a sollicitation.
    case abandonnee

    public var label: String {
        switch self {
        case .recue: "Reçue"
        case .etudiee: "Étudiée"
        case .devis: "Devis"
        case .programmee: "Programmée"
        case .realisee: "Réalisée"
        case .abandonnee: "Abandonnée"
        }
    }

    /// The statuses this one may move to. Forward one step at a time; the devis may be skipped
    /// when the partner association charges nothing; one step back corrects a mistaken click;
    /// a request may be abandoned until it is carried out.
    public var next: [ChantierStatus] {
        switch self {
        case .recue: [.etudiee, .abandonnee]
        case .etudiee: [.devis, .programmee, .recue, .abandonnee]
        case .devis: [.programmee, .etudiee, .abandonnee]
        case .programmee: [.realisee, .devis, .abandonnee]
        case .realisee: [.programmee]
        case .abandonnee: [.recue]
        }
    }

    public func canMove(to target: ChantierStatus) -> Bool { next.contains(target) }

    /// The French refusal of a move, nil when allowed.
    public func refusal(to target: ChantierStatus) -> String? {
        if target == self { return "La demande est déjà « \(label) »." }
        guard canMove(to: target) else {
            let allowed = next.map { "« \($0.label) »" }.joined(separator: ", ")
            return "Une demande « \(label) » ne peut pas passer à « \(target.label) » ; elle peut passer à : \(allowed)."
        }
        return nil
    }
}
