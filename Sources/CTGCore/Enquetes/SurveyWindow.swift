import Foundation

/// When a survey takes answers: published, between its opening and closing days (both
/// included, in the territory's calendar days). Decided here so the answering page, the
/// write and the tests agree.
public struct SurveyWindow: Equatable, Sendable {
    public var published: Bool
    public var opensOn: CivilDate
    public var closesOn: CivilDate

    public init(published: Bool, opensOn: CivilDate, closesOn: CivilDate) {
        self.published = published; self.opensOn = opensOn; self.closesOn = closesOn
    }

    public enum State: String, Equatable, Sendable {
        case draft, upcoming, open, closed

        public var label: String {
            switch self {
            case .draft: "brouillon"
            case .upcoming: "à venir"
            case .open: "ouverte"
            case .closed: "close"
            }
        }
    }

    public func state(on today: CivilDate) -> State {
        guard published else { return .draft }
        if today < opensOn { return .upcoming }
        if closesOn < today { return .closed }
        return .open
    }

    /// The French refusal of an answer on `today`, nil when the survey takes it.
    public func refusal(on today: CivilDate) -> String? {
        switch state(on: today) {
        case .open: return nil
        case .draft: return "Cette enquête n'est pas publiée : elle ne reçoit pas de réponse."
        case .upcoming: return "Cette enquête ouvrira le \(opensOn.french) : votre réponse n'a pas été enregistrée."
        case .closed: return "Cette enquête est close depuis le \(closesOn.adding(days: 1).french) : votre réponse n'a pas été enregistrée."
        }
    }

    /// The builder's dates, checked: two days, the closing one not before the opening one.
    public static func read(opensOn: String?, closesOn: String?) -> Result<(CivilDate, CivilDate), SurveyRefusal> {
        let open = SurveyDates.parse(opensOn ?? "")
        let close = SurveyDates.parse(closesOn ?? "")
        var reasons: [String] = []
        if open == nil { reasons.append("La date d'ouverture doit s'écrire JJ/MM/AAAA ou AAAA-MM-JJ.") }
        if close == nil { reasons.append("La date de clôture doit s'écrire JJ/MM/AAAA ou AAAA-MM-JJ.") }
        if let open, let close, close < open {
            reasons.append("La clôture (\(close.french)) précède l'ouverture (\(open.french)).")
        }
        guard let open, let close, reasons.isEmpty else { return .failure(SurveyRefusal(reasons: reasons)) }
        return .success((open, close))
    }
}

/// Days as people type them in the builder and the chantier forms.
public enum SurveyDates {
    /// `2025-03-01` or `01/03/2025`, within the plausible years of the site's forms.
    public static func parse(_ text: String) -> CivilDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let date: CivilDate?
        if t.contains("/") {
            let parts = t.split(separator: "/").compactMap { Int($0) }
            date = parts.count == 3 ? CivilDate(year: parts[2], month: parts[1], day: parts[0]) : nil
        } else {
            date = CivilDate(t)
        }
        guard let date, (1950...2100).contains(date.year) else { return nil }
        return date
    }
}
