import Foundation

/// Visits of the public pages, counted without cookies or personal data: a page's address and
/// the month are all that is kept (fiche 2-1-2, "nombre de visites périodiques").
public enum VisitPolicy {
    /// Words robots put in their User-Agent; a missing one is a script too.
    static let robotWords = ["bot", "crawler", "spider", "slurp", "curl", "wget", "python-requests",
                             "headless", "monitor", "preview", "facebookexternalhit", "lighthouse"]

    /// Whether a request looks like a robot's, so that it is not counted.
    public static func isRobot(userAgent: String?) -> Bool {
        guard let agent = userAgent?.lowercased(), !agent.isEmpty else { return true }
        return robotWords.contains { agent.contains($0) }
    }

    /// "2026-03": the month a visit is counted in (UTC, so two instances agree).
    public static func month(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
    }

    /// The computed source of the visits, for the plan's indicators.
    public static let source = ComputedSource(
        id: "visits.monthly", label: "Nombre moyen de visites mensuelles du site public",
        ruleDescription: "Moyenne, sur les mois de l'année où le site a été consulté, du nombre de pages publiques vues (hors robots), sans cookie ni donnée personnelle.",
        kind: .count)
}

extension ComputedIndicatorRegistry {
    /// Adds the visits source; the guichet registers it while configuring the app.
    public mutating func registerVisits() {
        register(VisitPolicy.source, rule: .averageInYear)
    }
}
