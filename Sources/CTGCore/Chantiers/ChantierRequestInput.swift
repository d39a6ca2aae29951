import Foundation

/// A commune's request as typed in the form, checked before anything is written.
public struct ChantierRequestInput: Equatable, Sendable {
    public var site: String
    public var firstDay: CivilDate
    public var lastDay: CivilDate
    public var youngPeople: Int
    public var partner: String
    /// The devis, in cents; nil while unknown.
    public var estimateCents: Int?

    public static let maxYoungPeople = 200

    public static func read(site: String?, firstDay: String?, lastDay: String?, youngPeople: String?,
                            partner: String?, estimate: String?) -> Result<ChantierRequestInput, SurveyRefusal> {
        var reasons: [String] = []
        let site = (site ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let partner = (partner ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if site.isEmpty { reasons.append("Indiquez le lieu du chantier (site, bâtiment, sentier…).") }
        if site.count > FieldLimits.name || partner.count > FieldLimits.name {
            reasons.append("Le lieu et l'association partenaire tiennent chacun en \(FieldLimits.name) caractères.")
        }
        let first = SurveyDates.parse(firstDay ?? "")
        let last = SurveyDates.parse(lastDay ?? "")
        if first == nil { reasons.append("La date de début doit s'écrire JJ/MM/AAAA ou AAAA-MM-JJ.") }
        if last == nil { reasons.append("La date de fin doit s'écrire JJ/MM/AAAA ou AAAA-MM-JJ.") }
        if let first, let last, last < first { reasons.append("La fin du chantier (\(last.french)) précède son début (\(first.french)).") }
        let typedCount = (youngPeople ?? "").trimmingCharacters(in: .whitespaces)
        let count = Int(typedCount)
        if count == nil || count! < 1 || count! > maxYoungPeople {
            reasons.append("Le nombre de jeunes est un nombre entier de 1 à \(maxYoungPeople) (« \(typedCount.prefix(20)) » reçu).")
        }
        let typedEstimate = (estimate ?? "").trimmingCharacters(in: .whitespaces)
        var cents: Int?
        if !typedEstimate.isEmpty {
            cents = Self.cents(typedEstimate)
            if cents == nil { reasons.append("Le montant du devis s'écrit en euros, par exemple 4 500 ou 4500,50 (« \(typedEstimate.prefix(20)) » reçu).") }
        }
        guard reasons.isEmpty, let first, let last, let count else { return .failure(SurveyRefusal(reasons: reasons)) }
        return .success(ChantierRequestInput(site: site, firstDay: first, lastDay: last, youngPeople: count,
                                             partner: partner, estimateCents: cents))
    }

    /// "4 500,50 €" → 450050; negative amounts, more than two decimals or above 10 million euros are refused.
    public static func cents(_ text: String) -> Int? {
        try? EuroAmount.cents(text, maximum: 10_000_000_00).get()
    }

    /// 450050 → "4 500,50 €", 450000 → "4 500 €".
    public static func euros(_ cents: Int) -> String { EuroAmount.format(cents, wholeEurosBare: true) }
}
