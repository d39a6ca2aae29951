extension SessionAttendance {
    /// "Absents excusés      Pouvoir à" with no colon: a table the OCR flattened.
    static func isTableHeader(_ folded: String) -> Bool {
        folded.wholeMatch(of: Patterns.isTableHeader) != nil
    }

    /// Its rows: the member, and the one who holds the proxy when there is one.
    static func readTable(_ t: SessionText, after header: Int, into s: inout ParsedSeance) -> Int {
        let excused = t.folded[header].contains("excuse")
        var i = header + 1
        while i < t.lines.count, !t.lines[i].isEmpty, label(t.folded[i]) == nil,
              let (member, holder) = SessionRelations.tableRow(t.lines[i]) {
            if excused { s.excused.append(member) } else { s.absent.append(member) }
            if let holder { s.proxies.append(.init(from: member, to: holder)) }
            i += 1
        }
        return i
    }

    /// Statements outside the lists: "M. X a donné pouvoir à Mme Y.", "Z est désignée secrétaire de séance".
    static func readSentences(_ line: String, into s: inout ParsedSeance) {
        for sentence in SessionNames.sentences(line) {
            switch SessionRelations.parse(sentence) {
            case .proxy(let from, let to)?:
                if !s.proxies.contains(where: { $0.from == from }) { s.proxies.append(.init(from: from, to: to)) }
            case .substitute(let member, let substitute)?:
                if !s.substitutes.contains(where: { $0.member == member }) {
                    s.substitutes.append(.init(member: member, substitute: substitute))
                }
            case nil:
                if s.secretary == nil { s.secretary = secretary(in: sentence) }
                if s.president == nil { s.president = president(in: sentence) }
            }
        }
    }

    private static func secretary(in sentence: String) -> String? {
        if let m = sentence.firstMatch(of: Patterns.secretary) {
            return SessionNames.clean(String(m.1))
        }
        if let m = sentence.firstMatch(of: Patterns.secretary2) {
            return SessionNames.clean(String(m.1))
        }
        return nil
    }

    private static func president(in sentence: String) -> String? {
        guard let m = sentence.firstMatch(of: Patterns.president) else { return nil }
        return SessionNames.clean(String(m.1))
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let isTableHeader = /^(?:membres\s+)?(?:absents?|excuses?)[^:]{0,30}?\s+pouvoirs?\s+(?:donnes?\s+)?a\s*$/
    nonisolated(unsafe) static let secretary = /(?i)^(.+?)\s+(?:a\s+été|est|ayant\s+été)\s+(?:d[ée]sign[ée]e?|[ée]lue?|nomm[ée]e?)\s+(?:comme\s+|en\s+qualit[ée]\s+de\s+|pour\s+remplir\s+les\s+fonctions\s+de\s+)?secr[ée]taire/
    nonisolated(unsafe) static let secretary2 = /(?i)d[ée]signe\s+(.+?)\s+(?:comme\s+|en\s+qualit[ée]\s+de\s+)?secr[ée]taire/
    nonisolated(unsafe) static let president = /(?i)sous\s+la\s+pr[ée]sidence\s+de\s+(.+?)(?:,|\(|\s+pr[ée]sidente?\b|\s+maire\b|$)/
}
