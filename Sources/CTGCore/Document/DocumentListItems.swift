import Foundation

extension DocumentParser {
    /// Splits an indicators / expected-results cell into items. The OCR flattens lists in
    /// several ways: HTML (`<li>`, `<p>`), "- " bullets on one line, sentences run together,
    /// and items glued without any punctuation ("réunions Participations à…").
    enum ListItems {
        static func items(from lines: [String]) -> [String] {
            lines.flatMap(items(from:))
        }

        static func items(from chunk: String) -> [String] {
            HTML.chunks(chunk)
                .flatMap(splitBullets)
                .flatMap(splitSentences)
                .flatMap(splitGluedItems)
                .map { Text.collapseSpaces($0) }
                .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        }

        /// "- a - b" → [a, b]; only when the cell itself starts with a bullet, since " - "
        /// also occurs inside ordinary sentences.
        static func splitBullets(_ s: String) -> [String] {
            let t = Text.trim(s)
            guard let first = t.first, "-•–*".contains(first) else { return [t] }
            var items: [String] = []
            var current = ""
            let chars = Array(" " + t + " ")
            var i = 0
            while i < chars.count {
                if "-•–*".contains(chars[i]), chars[max(0, i - 1)].isWhitespace, i + 1 < chars.count, chars[i + 1].isWhitespace {
                    items.append(current); current = ""
                } else { current.append(chars[i]) }
                i += 1
            }
            items.append(current)
            return items.map(Text.trim).filter { !$0.isEmpty }
        }

        private static let abbreviations: Set<String> = ["etc", "m", "mme", "cf", "st", "ste", "n", "no", "p", "ex"]

        /// "… dans l'année. Création d'un parc…" → two items.
        static func splitSentences(_ s: String) -> [String] {
            var items: [String] = []
            var current = ""
            let chars = Array(s)
            for (i, c) in chars.enumerated() {
                current.append(c)
                guard c == ".", i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase else { continue }
                let lastWord = Text.fold(current.dropLast().split(separator: " ").last ?? "")
                if abbreviations.contains(lastWord) || lastWord.count == 1 { continue }
                items.append(current); current = ""
            }
            items.append(current)
            return items.map(Text.trim).filter { !$0.isEmpty }
        }

        /// Cuts before a capitalised word that can only start a new item: an infinitive
        /// ("… enfance jeunesse Faciliter l'accès…") or a typical indicator noun
        /// ("Nombre annuel de réunions Participations à la journée…"). Proper nouns
        /// ("documents Enfance Jeunesse", "un Lieu d'Accueil") are left alone.
        static func splitGluedItems(_ s: String) -> [String] {
            let words = Text.words(s)
            guard words.count > 2 else { return [s] }
            var items: [[String]] = [[words[0]]]
            for i in 1..<words.count {
                let w = words[i], prev = words[i - 1]
                let prevIsPlainWord = prev.last?.isLowercase == true && !Vocabulary.linkWords.contains(Text.fold(prev))
                if prevIsPlainWord, w.first?.isUppercase == true, w.dropFirst().contains(where: { $0.isLowercase }),
                   Vocabulary.isInfinitive(w) || Vocabulary.itemNouns.contains(Text.fold(w)) {
                    items.append([w])
                } else {
                    items[items.count - 1].append(w)
                }
            }
            return items.map { $0.joined(separator: " ") }
        }
    }

    /// Minimal HTML flattening for cells the OCR exported as markup.
    enum HTML {
        /// Each `<li>` / `<p>` / `<br>`-separated run becomes its own chunk, tags removed.
        static func chunks(_ s: String) -> [String] {
            guard s.contains("<") else { return [decodeEntities(s)] }
            var t = s
            for tag in ["</li>", "</p>", "<br>", "<br/>", "<br />", "</tr>", "</div>"] {
                t = t.replacingOccurrences(of: tag, with: "\n", options: .caseInsensitive)
            }
            t = t.replacing(Patterns.chunks, with: "\n")
            return stripTags(t).components(separatedBy: "\n").map(Text.trim).filter { !$0.isEmpty }
        }

        static func stripTags(_ s: String) -> String {
            decodeEntities(s.replacing(Patterns.stripTags, with: " "))
        }

        static func decodeEntities(_ s: String) -> String {
            var t = s
            for (e, v) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")] {
                t = t.replacingOccurrences(of: e, with: v)
            }
            return t
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let chunks = /<li[^>]*>|<p[^>]*>/.ignoresCase()
    nonisolated(unsafe) static let stripTags = /<[^>]*>/
}
