/// The collectivity's kind and name: from a header line ("COMMUNAUTE DE COMMUNES DU PAYS
/// DE SAINT-ELOY", "Commune de Saint-Martin") or from the opening sentence ("Le Conseil
/// Communautaire de la Communauté de Communes Loir-Lucé-Bercé s'est réuni…").
enum IdentityName {
    private static let kinds: [(String, DocumentIdentity.Kind)] = [
        ("communaute de communes", .communauteDeCommunes), ("communaute d'agglomeration", .communauteAgglomeration),
        ("communaute urbaine", .communauteUrbaine), ("metropole", .metropole), ("commune", .commune),
        ("mairie", .commune), ("ville", .commune),
    ]

    static func read(_ t: SessionText) -> (DocumentIdentity.Kind?, String?) {
        for (i, line) in t.folded.prefix(15).enumerated() {
            for (prefix, kind) in kinds where line.hasPrefix(prefix + " ") {
                let rest = t.original(i, from: line.index(line.startIndex, offsetBy: prefix.count))
                if let name = clean(rest, kind: kind) { return (kind, name) }
            }
        }
        for (i, line) in t.folded.enumerated() {
            for (prefix, kind) in kinds.prefix(4) {
                guard let r = line.range(of: prefix + " ") else { continue }
                let rest = t.original(i, from: r.upperBound)
                let cut = rest.prefix { $0 != "," && $0 != "." && $0 != "(" }
                let stop = cut.range(of: #"\s+(s'est|se sont|s’est|dûment|légalement|régulièrement|réuni)"#, options: .regularExpression)
                let name = stop.map { String(cut[..<$0.lowerBound]) } ?? String(cut)
                if let name = clean(" " + name, kind: kind) { return (kind, name) }
            }
        }
        return (nil, nil)
    }

    /// Keeps a plausible name; a header in capitals is given ordinary French capitals.
    private static func clean(_ raw: String, kind: DocumentIdentity.Kind) -> String? {
        var name = DocumentParser.Text.trim(raw)
        if kind == .commune, let m = name.prefixMatch(of: Patterns.clean) { name = String(name[m.range.upperBound...]) }
        name = DocumentParser.Text.trim(name).trimmingCharacters(in: CharacterSet(charactersIn: ",.:;-–"))
        let words = DocumentParser.Text.words(name)
        guard (1...10).contains(words.count), name.filter(\.isLetter).count >= 3 else { return nil }
        return DocumentParser.Text.isCapsLine(name, minLetters: 3) ? capitalised(name) : name
    }

    /// "DU PAYS DE SAINT-ELOY" → "du Pays de Saint-Eloy". Accents the capitals lost are not guessed.
    static func capitalised(_ caps: String) -> String {
        let small: Set<String> = ["de", "du", "des", "la", "le", "les", "et", "en", "sur", "sous", "aux", "au", "lès", "les"]
        return caps.lowercased().split(separator: " ").map { word -> String in
            if small.contains(String(word)) { return String(word) }
            if word.hasPrefix("d'") || word.hasPrefix("l'") {
                return String(word.prefix(2)) + capitaliseParts(word.dropFirst(2))
            }
            return capitaliseParts(word)
        }.joined(separator: " ")
    }

    private static func capitaliseParts(_ word: Substring) -> String {
        word.split(separator: "-", omittingEmptySubsequences: false).map { part in
            if ["sur", "de", "du", "en", "la", "le", "les", "lès"].contains(String(part)) { return String(part) }
            if part.hasPrefix("d'") || part.hasPrefix("l'") {
                return String(part.prefix(2)) + part.dropFirst(2).prefix(1).uppercased() + part.dropFirst(3)
            }
            return part.prefix(1).uppercased() + part.dropFirst()
        }.joined(separator: "-")
    }
}

import Foundation

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let clean = /(?i)(?:de|d')\s*/
}
