/// Reads the prefecture's "accusé de réception" stamps the scan repeats on every page,
/// and removes them from the text. Each page's stamp is a separate OCR reading of the
/// same values, so the true value is the majority among readings that are well-formed.
public enum StampReader {
    private typealias Text = DocumentParser.Text
    private typealias TextCleaner = DocumentParser.TextCleaner
    private typealias ActesIdentifier = DocumentParser.ActesIdentifier
    private typealias FrenchDate = DocumentParser.FrenchDate
    private typealias Warn = DocumentParser.Warn

    public struct Reading: Equatable, Sendable {
        public var actesId: String?
        public var receivedOn: String?
        public var publishedOn: String?
        public var warnings: [String]
    }

    enum StampLine: Equatable {
        case header, actesId(String), received(String), published(String), bareDate(String), otherLabel
    }

    public static func read(_ text: String) -> Reading {
        read(lines: TextCleaner.normalizedLines(text)).reading
    }

    public static func isStampLine(_ line: String) -> Bool { classify(line) != nil }

    /// The majority reading, plus the lines with every stamp line removed.
    static func read(lines: [String]) -> (reading: Reading, lines: [String]) {
        var ids: [String] = [], received: [String] = [], published: [String] = []
        var invalidIds: [String] = [], unlabeled: [String] = [], unreadable: [String] = []
        var kept: [String] = []
        for line in lines {
            guard let stamp = classify(line) else { kept.append(line); continue }
            switch stamp {
            case .header, .otherLabel: break
            case .actesId(let id):
                if ActesIdentifier.isValid(id) { ids.append(id) } else if !invalidIds.contains(id) { invalidIds.append(id) }
            case .received(let raw):
                if let d = FrenchDate.fromNumeric(raw) { received.append(d) } else { unreadable.append(Text.trim(line)) }
            case .published(let raw):
                if let d = FrenchDate.fromNumeric(raw) { published.append(d) } else { unreadable.append(Text.trim(line)) }
            case .bareDate(let raw): unlabeled.append(raw)
            }
        }
        var warnings: [String] = []
        if !invalidIds.isEmpty { warnings.append(Warn.unreadableActesIds(invalidIds)) }
        let actesId = majority(ids)
        if Set(ids).count > 1, let actesId { warnings.append(Warn.divergentActesIds(ids, kept: actesId)) }
        let receivedOn = majority(received), publishedOn = majority(published)
        if let receivedOn { warnings += Warn.divergentStampDates(received, kept: receivedOn, label: "réception") }
        if let publishedOn { warnings += Warn.divergentStampDates(published, kept: publishedOn, label: "publication") }
        if !unlabeled.isEmpty { warnings.append(Warn.unlabeledStampDates(unlabeled)) }
        if !unreadable.isEmpty { warnings.append(Warn.unreadableStampDates(unreadable)) }
        return (Reading(actesId: actesId, receivedOn: receivedOn, publishedOn: publishedOn, warnings: warnings), kept)
    }

    static func classify(_ line: String) -> StampLine? {
        let t = Text.trim(line)
        guard !t.isEmpty, t.count < 80, !t.contains("\t") else { return nil }
        let f = Text.fold(t)
        if f == "ar prefecture" || f == "ar sous-prefecture" { return .header }
        if let m = f.wholeMatch(of: Patterns.labelled) {
            let value = String(t[t.index(t.startIndex, offsetBy: f.distance(from: f.startIndex, to: m.2.startIndex))...])
            switch m.1 {
            case "recu": return .received(value)
            case "affiche", "affichee": return .otherLabel
            default: return .published(value)
            }
        }
        if t.contains("/"), t.wholeMatch(of: Patterns.bareDate) != nil { return .bareDate(t) }
        if t.contains("-"), t.wholeMatch(of: Patterns.actesId) != nil,
           t.firstMatch(of: Patterns.eightDigits) != nil { return .actesId(t) }
        return nil
    }

    /// Most frequent value; ties go to the first one read, so the result is deterministic.
    static func majority(_ values: [String]) -> String? {
        // Counted once in a dictionary: a long text has many stamps, and counting each value
        // again over the whole list grew with the square of their number.
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        var best: (value: String, count: Int)?
        for v in values where counts[v]! > (best?.count ?? 0) { best = (v, counts[v]!) }
        return best?.value
    }

    /// Built once: a regex literal is parsed again each time it is evaluated (see `SessionText`).
    private enum Patterns {
        nonisolated(unsafe) static let labelled = /(recu|publiee?|affichee?)\s+le\s*:?\s*(.*)/
        nonisolated(unsafe) static let bareDate = /\d{1,2}\/\d{1,2}\/\d{4}/
        nonisolated(unsafe) static let actesId = /[0-9A-Za-z_*]+(?:-[0-9A-Za-z_*]+){3,}/
        nonisolated(unsafe) static let eightDigits = /\d{8}/
    }
}
