/// Who stands for whom: proxies ("X a donné pouvoir à Y", "X (pouvoir à Y)",
/// "X représenté(e) par Y", "procuration de X à Y") and substitutes
/// ("X (suppléant de Y)", "Y remplacé(e) par X").
enum SessionRelations {
    enum Relation: Equatable {
        case proxy(from: String, to: String)
        case substitute(member: String, substitute: String)
    }

    // Stored, not computed: a regex literal is parsed again each time it is evaluated.
    nonisolated(unsafe) private static let proxyForms: [Regex<(Substring, Substring, Substring)>] = [
        /(?i)^(.+?)\s+(?:a|ayant)\s+donn[ée]e?s?\s+(?:pouvoir|procuration|d[ée]l[ée]gation(?:\s+de\s+vote)?)\s+(?:à|a)\s+(.+)$/,
        /(?i)^(.+?)\s+repr[ée]sent[ée]e?s?\s+par\s+(.+)$/,
        /(?i)^(?:procuration|pouvoir)\s+de\s+(.+?)\s+(?:à|a)\s+(.+)$/,
        /(?i)^(.+?)\s*\(\s*(?:pouvoir|procuration)\s+(?:donn[ée]e?\s+)?(?:à|a)\s+(.+?)\s*\)$/,
        /(?i)^(.+?)\s+(?:pouvoir|procuration)\s+(?:à|a)\s+(.+)$/,
    ]
    nonisolated(unsafe) private static let substituteForms: [(Regex<(Substring, Substring, Substring)>, substituteFirst: Bool)] = [
        (Patterns.substituteForms, true),
        (Patterns.substituteForms2, true),
        (Patterns.substituteForms3, false),
    ]

    /// The relation an item states, if any. In a list titled "Pouvoirs", a bare "X à Y" is a proxy too.
    static func parse(_ item: String, inProxyList: Bool = false) -> Relation? {
        let s = DocumentParser.Text.trim(item).trimmingCharacters(in: CharacterSet(charactersIn: ".;"))
        for form in proxyForms {
            if let m = s.wholeMatch(of: form), let from = SessionNames.clean(String(m.1)),
               let to = SessionNames.clean(String(m.2)) {
                return .proxy(from: from, to: to)
            }
        }
        for (form, substituteFirst) in substituteForms {
            if let m = s.wholeMatch(of: form), let a = SessionNames.clean(String(m.1)),
               let b = SessionNames.clean(String(m.2)) {
                return substituteFirst ? .substitute(member: b, substitute: a) : .substitute(member: a, substitute: b)
            }
        }
        if inProxyList, let m = s.wholeMatch(of: Patterns.parse),
           let from = SessionNames.clean(String(m.1)), let to = SessionNames.clean(String(m.2)) {
            return .proxy(from: from, to: to)
        }
        return nil
    }

    /// A row of a flattened "Absents/excusés | Pouvoir à" table: one or two names.
    static func tableRow(_ line: String) -> (String, String?)? {
        var cells = line.split(separator: "|").map { DocumentParser.Text.trim($0) }.filter { !$0.isEmpty }
        if cells.count == 1 {
            cells = line.components(separatedBy: "  ").map(DocumentParser.Text.trim).filter { !$0.isEmpty }
        }
        if cells.count == 1, let second = line.dropFirst(3).firstRange(of: Patterns.tableRow) {
            cells = [String(line[..<second.lowerBound]), String(line[second.lowerBound...])]
        }
        guard let first = cells.first.flatMap(SessionNames.clean) else { return nil }
        return (first, cells.dropFirst().first.flatMap(SessionNames.clean))
    }
}

import Foundation

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let substituteForms = /(?i)^(.+?)\s*\(\s*suppl[ée]ante?\s+de\s+(.+?)\s*\)$/
    nonisolated(unsafe) static let substituteForms2 = /(?i)^(.+?),?\s+suppl[ée]ante?\s+de\s+(.+)$/
    nonisolated(unsafe) static let substituteForms3 = /(?i)^(.+?)\s+remplac[ée]e?\s+par\s+(?:(?:son|sa|le|la)\s+suppl[ée]ante?\s+)?(.+)$/
    nonisolated(unsafe) static let parse = /(?i)^(.+?)\s+(?:à|a|->|→)\s+(.+)$/
    nonisolated(unsafe) static let tableRow = /\s(?:M\.|Mme|Monsieur|Madame)\s/
}
