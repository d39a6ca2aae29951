extension DocumentParser {
    /// The attendance paragraphs of a deliberation: présents, procurations, suppléants, excusés.
    /// Lists are reported as written; the counts are cross-checked, never adjusted.
    enum Attendance {
        static func fill(_ d: inout ParsedDeliberation, lines: [String]) {
            for (key, items) in paragraphs(lines) {
                if key.hasPrefix("presents"), !items.isEmpty, Int(items[0]) == nil {
                    d.presentMembers = items.filter(isName)
                } else if key.hasPrefix("absents ayant donne") || key.hasPrefix("procurations") || key.hasPrefix("pouvoirs") {
                    d.proxies = items.compactMap { item in
                        item.wholeMatch(of: Patterns.fill)
                            .map { ParsedDeliberation.Proxy(from: Text.trim($0.1), to: Text.trim($0.2)) }
                    }
                } else if key.hasPrefix("excuses remplaces") || key.hasPrefix("suppleants") {
                    d.substitutes = items.compactMap { item in
                        item.wholeMatch(of: Patterns.fill2)
                            .map { ParsedDeliberation.Substitute(member: Text.trim($0.1), substitute: Text.trim($0.2)) }
                    }
                } else if key.hasPrefix("excuses"), !key.hasPrefix("excuses ayant") {
                    d.excused = items.filter(isName)
                }
            }
        }

        /// Paragraphs that open with "Label :" → (label key, ";"-separated items after the colon).
        private static func paragraphs(_ lines: [String]) -> [(String, [String])] {
            var out: [(String, [String])] = []
            var i = 0
            while i < lines.count {
                let t = Text.trim(lines[i])
                guard let colon = t.firstIndex(of: ":"), t.distance(from: t.startIndex, to: colon) < 60 else { i += 1; continue }
                var text = String(t[t.index(after: colon)...])
                i += 1
                while i < lines.count, !Text.trim(lines[i]).isEmpty, !Text.trim(lines[i]).contains(":") {
                    text += "\n" + Text.trim(lines[i]); i += 1
                }
                let items = text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map(Text.trim).filter { !$0.isEmpty }
                out.append((Text.comparisonKey(t[..<colon]), items))
            }
            return out
        }

        /// "Jean-Yves ARNAUD": a few words, one of them a surname in capitals. Filters out the
        /// "Conseillers Communautaires, formant la majorité…" line that follows the list.
        static func isName(_ s: String) -> Bool {
            let words = Text.words(s)
            guard (2...6).contains(words.count) else { return false }
            return words.contains { w in
                let letters = w.filter(\.isLetter)
                return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            }
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let fill = /(?i)(.+?)\s+ayant\s+donn[ée]e?\s+(?:procuration|pouvoir)\s+(?:à|a)\s+(.+)/
    nonisolated(unsafe) static let fill2 = /(?i)(.+?)\s+remplac[ée]e?s?\s+par\s+(?:(?:le|la|son|sa)\s+suppl[ée]ante?\s+)?(.+)/
}
