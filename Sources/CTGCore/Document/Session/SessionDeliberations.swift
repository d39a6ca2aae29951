/// The deliberations of a séance: each heading with its number ("Délibération n° 2022_DEL014",
/// "N° CC/20-167", "DELIBERATION 45/2022"), its subject and its vote.
enum SessionDeliberations {
    /// A number as councils write them: "CC2022-04-06", "06.2019.01", "D2021-12", "45/2022".
    private static var number: Regex<(Substring, Substring)> { Patterns.number }  // built once, below

    static func read(_ t: SessionText) -> [ParsedSeance.Item] {
        let headings = t.lines.indices.compactMap { i in heading(t, i).map { (i, $0) } }
        if headings.isEmpty {
            // One deliberation without a number (an extrait that omits it): only its subject and vote.
            guard let subject = subject(t, in: 0..<t.lines.count, inline: nil) else { return [] }
            return [.init(number: nil, subject: subject, vote: SessionVote.read(t, in: 0..<t.lines.count))]
        }
        return headings.enumerated().map { k, entry in
            let (line, parsed) = entry
            let end = k + 1 < headings.count ? headings[k + 1].0 : t.lines.count
            let range = line..<end
            return .init(number: parsed.number, subject: subject(t, in: range, inline: parsed.rest),
                         vote: SessionVote.read(t, in: range))
        }
    }

    /// "Délibération n° X", "N° X", "DELIBERATION X" at the start of a line; never a "Vu la délibération n° …".
    private static func heading(_ t: SessionText, _ i: Int) -> (number: String, rest: String?)? {
        let line = t.lines[i]
        for form in Patterns.headings {
            guard let m = line.prefixMatch(of: form) else { continue }
            let after = line[m.range.upperBound...]
            guard let n = after.prefixMatch(of: number) else { continue }
            let value = String(n.1).trimmingCharacters(in: CharacterSet(charactersIn: ".-_/"))
            guard value.count >= 2, value.contains(where: \.isNumber), !isDate(value) else { continue }
            let rest = DocumentParser.Text.trim(after[n.range.upperBound...]
                .trimmingCharacters(in: CharacterSet(charactersIn: " :-–—")))
            return (value, rest.isEmpty ? nil : rest)
        }
        return nil
    }

    /// "territo-" + "riale" → "territoriale": a word the OCR cut at the end of a line.
    private static func joinHyphenated(_ parts: [String]) -> String {
        parts.reduce(into: "") { text, part in
            if text.hasSuffix("-"), text.dropLast().last?.isLowercase == true, part.first?.isLowercase == true {
                text.removeLast()
                text += part
            } else {
                text += text.isEmpty ? part : " " + part
            }
        }
    }

    /// Words that open a deliberation's body rather than continue its subject.
    private static func startsBody(_ folded: String) -> Bool {
        ["vu ", "vu,", "le conseil", "la commission", "considerant", "monsieur le", "madame la", "le president",
         "la presidente", "le maire", "apres ", "il est ", "expose", "rapporteur", "vote", "adopt", "decide", "pour :", "pour:", "contre", "abstention",
         "m. ", "mme ", "monsieur ", "madame "]
            .contains { folded.hasPrefix($0) }
    }

    private static func isDate(_ s: String) -> Bool {
        s.wholeMatch(of: Patterns.isDate) != nil
    }

    /// "Objet : …" (with its following lines) inside the deliberation, or what follows the number on its line.
    private static func subject(_ t: SessionText, in range: Range<Int>, inline: String?) -> String? {
        for i in range {
            guard let m = t.folded[i].prefixMatch(of: Patterns.subject) else { continue }
            var parts = [t.original(i, from: m.range.upperBound)]
            var j = i + 1
            while j < range.upperBound, !t.lines[j].isEmpty, !startsBody(t.folded[j]),
                  !(parts.last?.hasSuffix(".") ?? false), SessionAttendance.label(t.folded[j]) == nil, parts.count < 6 {
                parts.append(t.lines[j]); j += 1
            }
            let text = DocumentParser.Text.collapseSpaces(joinHyphenated(parts))
            if !text.isEmpty { return text }
        }
        guard let inline, inline.contains(where: \.isLetter) else { return nil }
        return inline.prefixMatch(of: Patterns.subject2).map { String(inline[$0.range.upperBound...]) } ?? inline
    }
}

import Foundation

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let number = /([A-Za-z]{0,6}[\/_.-]?\d[A-Za-z0-9]*(?:[\/_.-][A-Za-z0-9]+)*)/
    nonisolated(unsafe) static let isDate = /\d{1,2}[\/.]\d{1,2}[\/.]\d{2,4}/
    nonisolated(unsafe) static let subject = /objet\s*:?\s*/
    nonisolated(unsafe) static let subject2 = /(?i)objet\s*:?\s*/
    nonisolated(unsafe) static let headings: [Regex<Substring>] = [
        /(?i)^(?:extrait\s+de\s+la\s+)?d[ée]lib[ée]ration\s*(?:n[°o]|num[ée]ro)\s*:?\s*/,
        /(?i)^n[°o]\s*(?:de\s+la\s+d[ée]lib[ée]ration\s*)?:?\s*/,
        /(?i)^d[ée]lib[ée]ration\s+(?=[A-Z]{0,6}[\/_.-]?\d)/,
    ]
}
