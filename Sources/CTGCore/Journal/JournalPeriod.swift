import Foundation

/// The journal's "du … au …" filter, read from what a person typed. Both ends are optional;
/// a day that does not exist ("31/02/2026") or an end before the start is refused in French,
/// so the page shows a message instead of failing.
public struct JournalPeriod: Equatable, Sendable {
    public var from: CivilDate?
    public var to: CivilDate?

    public init(from: CivilDate? = nil, to: CivilDate? = nil) {
        self.from = from
        self.to = to
    }

    public static func read(from: String?, to: String?) -> Result<JournalPeriod, JournalPeriodRefusal> {
        var reasons: [String] = []
        let start = day(from, label: "de début", reasons: &reasons)
        let end = day(to, label: "de fin", reasons: &reasons)
        if let start, let end, end < start {
            reasons.append("La date de fin (\(end.french)) précède la date de début (\(start.french)).")
        }
        guard reasons.isEmpty else { return .failure(JournalPeriodRefusal(reasons: reasons)) }
        return .success(JournalPeriod(from: start, to: end))
    }

    /// The day after `to`: the journal keeps entries strictly before it, so the end day is included.
    public var endExclusive: CivilDate? { to?.adding(days: 1) }

    private static func day(_ text: String?, label: String, reasons: inout [String]) -> CivilDate? {
        let t = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        guard let date = SurveyDates.parse(t) else {
            reasons.append("La date \(label) « \(t) » n'existe pas ou ne s'écrit pas JJ/MM/AAAA ou AAAA-MM-JJ.")
            return nil
        }
        return date
    }
}

public struct JournalPeriodRefusal: Error, Equatable, Sendable {
    public var reasons: [String]
}
