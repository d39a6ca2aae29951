/// Where a convention stands in its life on a given day (issue 13 §2): a CTG signed for
/// 2022–2025 runs until 31 December 2025; read in 2026 it is « échue », its progress is the
/// final one, and no page may speak of « avancement en 2026 ».
public struct ConventionLife: Equatable, Sendable {
    public enum Phase: String, Equatable, Sendable { case upcoming, running, ended }

    public let startYear: Int
    public let endYear: Int
    public let today: CivilDate

    public init(startYear: Int, endYear: Int, today: CivilDate) {
        self.startYear = startYear
        self.endYear = max(startYear, endYear)
        self.today = today
    }

    /// A CTG covers whole calendar years: it ends on 31 December of its last year.
    public var phase: Phase {
        if today.year > endYear { return .ended }
        if today.year < startYear { return .upcoming }
        return .running
    }

    public var isEnded: Bool { phase == .ended }

    /// The year statuses and progress are read at: this year while the convention runs,
    /// its last year once it has ended, its first year before it starts.
    public var referenceYear: Int { min(max(today.year, startYear), endYear) }

    /// "Avancement de la fiche en 2024", "Avancement final de la fiche (convention échue
    /// le 31 décembre 2025)", "Avancement de la fiche avant son début (1er janvier 2027)".
    /// - Parameter subject: "de la fiche", "de la convention"…
    public func progressHeading(_ subject: String) -> String {
        switch phase {
        case .running: return "Avancement \(subject) en \(referenceYear)"
        case .ended: return "Avancement final \(subject) (convention échue le 31 décembre \(endYear))"
        case .upcoming: return "Avancement \(subject) avant le début de la convention (1er janvier \(startYear))"
        }
    }

    /// "situation en 2024", "situation finale, fin 2025", "situation avant le 1er janvier 2027".
    public var situation: String {
        switch phase {
        case .running: return "situation en \(referenceYear)"
        case .ended: return "situation finale, fin \(endYear)"
        case .upcoming: return "situation avant le 1er janvier \(startYear)"
        }
    }

    /// A dated page's lead: "situation au 3 mars 2024" (the day as the page writes it), or once
    /// ended "situation finale (convention échue le 31 décembre 2025)", never a day past the end.
    public func situation(on day: String) -> String {
        isEnded ? "situation finale (convention échue le 31 décembre \(endYear))" : "situation au \(day)"
    }

    /// The convention's state in one phrase, for its home page.
    public var stateLabel: String {
        switch phase {
        case .running: return "En cours, jusqu'au 31 décembre \(endYear)"
        case .ended: return "Échue depuis le 31 décembre \(endYear)"
        case .upcoming: return "À venir, à partir du 1er janvier \(startYear)"
        }
    }
}
