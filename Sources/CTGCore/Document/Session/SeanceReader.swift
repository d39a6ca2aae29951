/// Reads the séance of any council's deliberation or procès-verbal: date, convocation,
/// président, secrétaire, counts, lists and each deliberation's vote. What the text
/// does not give stays null with a warning; where counts and lists disagree, it says so.
public enum SeanceReader {
    public static func read(_ text: String) -> ParsedSeance {
        let t = SessionText(text)
        var s = ParsedSeance()
        let whole = t.folded.joined(separator: "\n")
        (s.date, s.time) = sessionDate(t, whole)
        if s.time == nil {
            // The hour is often in the opening sentence rather than beside the séance's date.
            s.time = t.folded.lazy.filter { $0.contains("l'an ") || $0.contains("reuni") }
                .compactMap { line in DocumentParser.FrenchDate.firstTime(in: line.split(separator: "convo").first ?? "") }
                .first
        }
        s.convokedOn = convocation(whole)
        s.counts = SessionCounts.read(t)
        SessionAttendance.read(t, into: &s)
        s.deliberations = SessionDeliberations.read(t)
        SessionChecks.complete(&s)
        return s
    }

    /// The earliest of "Séance du …", "L'an … le …" and a line opening on "Le <date>", leaving
    /// out the convocation's date; dates further in (a body's "séance du 8 octobre") come later.
    private static func sessionDate(_ t: SessionText, _ whole: String) -> (String?, String?) {
        var best: (at: String.Index, iso: String, time: String?)?
        let markers: [(Regex<Substring>, adjacent: Bool)] = [
            (Patterns.sessionDate, true),
            (Patterns.sessionDate2, false), (Patterns.sessionDate3, true),
        ]
        for (marker, adjacent) in markers {
            for m in whole.matches(of: marker) {
                if let best, best.at <= m.range.lowerBound { break }
                // The window keeps the marker: "l'an deux mille vingt" gives the year of "le 19 novembre".
                let window = String(whole[m.range.lowerBound...].prefix(200))
                let markerLength = whole.distance(from: m.range.lowerBound, to: m.range.upperBound)
                guard let date = SessionDates.firstMatch(in: window), !isConvocation(whole, before: m.range.lowerBound),
                      !adjacent || window.distance(from: window.startIndex, to: date.range.lowerBound) <= markerLength + 10
                else { continue }
                let sentence = window[date.range.upperBound...].prefix { $0 != "." && $0 != "\n" }.prefix(60)
                best = (m.range.lowerBound, date.iso, DocumentParser.FrenchDate.firstTime(in: sentence))
                break
            }
        }
        return (best?.iso, best?.time)
    }

    private static func isConvocation(_ whole: String, before index: String.Index) -> Bool {
        whole[..<index].suffix(80).split(separator: "\n").last?.contains("convo") ?? false
    }

    /// "Date de convocation : 24/09/2013", "convoqué le …", "les convocations … ont été transmises … le 12 novembre 2020".
    private static func convocation(_ whole: String) -> String? {
        for m in whole.matches(of: Patterns.convocation) {
            let window = whole[m.range.upperBound...].prefix(200)
            let sentence = window.prefix { $0 != "." || window.isEmpty }
            if let date = SessionDates.first(in: String(sentence)) { return date }
        }
        return nil
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let sessionDate = /(?:seance|conseil|reunion|assemblee)[a-z' ]{0,40}?\bdu\s+/
    nonisolated(unsafe) static let sessionDate2 = /(?:^|[^a-z])l'?\s*an\s+/
    nonisolated(unsafe) static let sessionDate3 = /(?:^|\n)le\s+/
    nonisolated(unsafe) static let convocation = /convo(?:cation|que)/
}
