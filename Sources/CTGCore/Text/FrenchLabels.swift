import Foundation

/// Names of bodies as people type them, listed once each and in French order (issue 13 §3):
/// "la CAF", "CAF" and "Caf" are one entry; "Éducation nationale" sorts with the E's.
public enum FrenchLabels {
    /// The comparison key: no case, no accents, no leading article, single spaces.
    public static func key(_ label: String) -> String {
        var folded = label.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
            .replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for article in ["les ", "le ", "la ", "l'"] where folded.hasPrefix(article) && folded.count > article.count {
            folded.removeFirst(article.count)
            break
        }
        return folded.trimmingCharacters(in: .whitespaces)
    }

    /// One spelling per key, sorted by key. The spelling shown is the most used one (ties: the
    /// first in code-point order), so the list does not depend on the order rows come back in.
    public static func dedupedSorted(_ labels: [String]) -> [String] {
        var uses: [String: [String: Int]] = [:]
        for label in labels {
            let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            uses[key(trimmed), default: [:]][trimmed, default: 0] += 1
        }
        return uses.sorted { $0.key < $1.key }.compactMap { entry in
            entry.value.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
        }
    }
}
