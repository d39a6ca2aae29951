import Foundation

/// How an act was brought to the public's or the interested person's knowledge.
public enum PublicationMode: String, CaseIterable, Codable, Sendable {
    case affichage
    case publicationElectronique
    case papier
    case notification

    public var label: String {
        switch self {
        case .affichage: return "Affichage"
        case .publicationElectronique: return "Publication électronique"
        case .papier: return "Publication sur papier"
        case .notification: return "Notification"
        }
    }

    /// For use inside a sentence: "l'affichage ne suffit pas".
    public var withArticle: String {
        switch self {
        case .affichage: return "l'affichage"
        case .publicationElectronique: return "la publication électronique"
        case .papier: return "la publication sur papier"
        case .notification: return "la notification"
        }
    }
}

public struct ExecutoryStatus: Hashable, Sendable, Codable {
    public let executoire: Bool
    public let since: CivilDate?
    /// French explanation naming the text applied.
    public let rule: String
}

/// When a deliberation becomes exécutoire (CGCT L2131-1, applied to EPCI by L5211-3).
///
/// The regime follows the date of the publicity formality: ordonnance n° 2021-1310 du
/// 7 octobre 2021 rewrote L2131-1 from 1 July 2022. Its III requires electronic publication
/// of regulatory acts and of decisions neither regulatory nor individual; its IV lets only
/// communes under 3 500 inhabitants, syndicats de communes and syndicats mixtes fermés keep
/// affichage or paper, so an EPCI à fiscalité propre must publish electronically.
/// Individual decisions are notified (L2131-1, II), which is why `notification` counts
/// only when `isIndividualDecision` is true.
public enum ExecutoryRules {
    public static let reformDate = CivilDate("2022-07-01")!

    static let formerRule = "CGCT, art. L2131-1 dans sa rédaction antérieure au 1er juillet 2022 "
        + "(applicable aux EPCI par l'art. L5211-3) : l'acte est exécutoire dès sa publication, son affichage "
        + "ou sa notification et sa transmission au représentant de l'État"
    static let reformedRule = "CGCT, art. L2131-1 issu de l'ordonnance n° 2021-1310 du 7 octobre 2021, "
        + "en vigueur le 1er juillet 2022 (applicable aux EPCI par l'art. L5211-3)"

    public static func evaluate(transmittedOn: CivilDate?, publishedOn: CivilDate?,
                                publicationMode: PublicationMode?, isEPCIWithOwnTaxation: Bool,
                                isIndividualDecision: Bool = false) -> ExecutoryStatus {
        let reformed = (publishedOn ?? transmittedOn).map { $0 >= reformDate } ?? true
        let base = reformed ? reformedRule : formerRule
        guard let published = publishedOn, let mode = publicationMode else {
            return ExecutoryStatus(executoire: false, since: nil,
                                   rule: base + " ; non exécutoire : l'acte n'a pas encore été publié.")
        }
        if let refusal = refusal(of: mode, reformed: reformed, epci: isEPCIWithOwnTaxation,
                                 individual: isIndividualDecision) {
            return ExecutoryStatus(executoire: false, since: nil, rule: base + " ; non exécutoire : " + refusal)
        }
        guard let transmitted = transmittedOn else {
            return ExecutoryStatus(executoire: false, since: nil,
                                   rule: base + " ; non exécutoire : en attente de la transmission au représentant de l'État.")
        }
        let since = max(transmitted, published)
        return ExecutoryStatus(executoire: true, since: since,
                               rule: base + " ; exécutoire depuis le \(since.french) "
                                   + "(\(mode.label.lowercased()) le \(published.french), transmission le \(transmitted.french)).")
    }

    static func refusal(of mode: PublicationMode, reformed: Bool, epci: Bool, individual: Bool) -> String? {
        if mode == .notification {
            return individual ? nil : "la notification ne vaut publicité que pour une décision individuelle."
        }
        if individual && reformed {
            return "une décision individuelle doit être notifiée à la personne qui en fait l'objet (art. L2131-1, II)."
        }
        if reformed && epci && mode != .publicationElectronique {
            return "un EPCI à fiscalité propre doit publier ses actes sous forme électronique (art. L2131-1, III) ; "
                + "\(mode.withArticle) ne suffit pas."
        }
        return nil
    }
}
