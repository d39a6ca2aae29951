/// Names as councils list them: with civilities, roles and remarks around them.
enum SessionNames {
    private static var civility: Regex<Substring> { Patterns.civility }
    private static let roles: Set<String> = [
        "president", "presidente", "vice president", "vice presidente", "maire", "adjoint", "adjointe",
        "conseiller", "conseillere", "conseillers", "delegue", "deleguee", "secretaire de seance",
        "secretaire", "membre", "titulaire", "suppleant", "suppleante",
    ]

    /// "Mme Anne PETIT (visioconférence)" → "Anne PETIT"; nil for what is not a name.
    static func clean(_ item: String) -> String? {
        var s = DocumentParser.Text.collapseSpaces(item)
        s = s.replacing(Patterns.clean, with: " ")
        s = s.replacing(Patterns.clean2, with: "")
        s = s.replacing(Patterns.clean3, with: "")
        s = DocumentParser.Text.trim(s).trimmingCharacters(in: CharacterSet(charactersIn: ".,;:-–"))
        s = DocumentParser.Text.trim(s)
        while let m = s.firstMatch(of: civility) { s = String(s[m.range.upperBound...]) }
        s = DocumentParser.Text.trim(s)
        return isPlausible(s) ? s : nil
    }

    static func isRole(_ item: String) -> Bool {
        var key = DocumentParser.Text.comparisonKey(item)
        if key.hasPrefix("le ") || key.hasPrefix("la ") { key.removeFirst(3) }
        return roles.contains(key)
    }

    /// A few words starting with a capital, no digits, and not a role or a phrase of the text.
    static func isPlausible(_ s: String) -> Bool {
        let words = DocumentParser.Text.words(s)
        guard (1...6).contains(words.count), let first = s.first, first.isUppercase,
              !s.contains(where: \.isNumber), s.filter(\.isLetter).count >= 2, !isRole(s) else { return false }
        let key = DocumentParser.Text.comparisonKey(s)
        return !["les ", "formant ", "soit ", "membres ", "conseillers ", "ensemble "].contains { key.hasPrefix($0) }
    }

    /// Splits a list on ";", "," and new lines (not inside parentheses), and on " et " between two names.
    static func items(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if depth == 0, c == ";" || c == "," || c == "\n" {
                out.append(current); current = ""
            } else {
                current.append(c)
            }
        }
        out.append(current)
        return out.flatMap(splitOnEt).map(DocumentParser.Text.trim).filter { !$0.isEmpty }
    }

    private static func splitOnEt(_ item: String) -> [String] {
        let parts = item.components(separatedBy: " et ")
        guard parts.count > 1, parts.allSatisfy({ clean($0) != nil }) else { return [item] }
        return parts
    }

    /// Splits on ";" and on a full stop that ends a sentence (not the one of "M.").
    static func sentences(_ line: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(line)
        for (k, c) in chars.enumerated() {
            let endsSentence = c == "." && k > 1 && chars[k - 1].isLowercase && chars[k - 2].isLetter
                && (k + 1 == chars.count || chars[k + 1] == " ")
            if c == ";" || endsSentence {
                out.append(current); current = ""
            } else {
                current.append(c)
            }
        }
        out.append(current)
        return out.map(DocumentParser.Text.trim).filter { !$0.isEmpty }
    }
}

import Foundation

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let civility = /^(?i)(?:M\.|MM\.|Mme\.?|Mmes\.?|Mlle\.?|Mr\.?|M(?=\s+[A-ZÉ])|Monsieur|Madame|Mademoiselle)\s+/
    nonisolated(unsafe) static let clean = /\s*\([^)]*\)\s*/
    nonisolated(unsafe) static let clean2 = /(?i)\s*[-–,]?\s*(?:arriv[ée]e?s?|parti(?:e|s)?|sorti(?:e|s)?)\s+(?:à|a|apr[èe]s|avant|au|lors)\b.*$/
    nonisolated(unsafe) static let clean3 = /(?i)\s*[-–,]?\s*(?:en|par)\s+visio(?:-?conf[ée]rence)?\b.*$/
}
