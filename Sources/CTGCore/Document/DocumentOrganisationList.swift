import Foundation

extension DocumentParser {
    /// Splits "CAF + MSA + Conseil Départemental 63" / "RPE – PMI -Département 63" style lists
    /// into names, by separators only: no list of bodies decides where a name ends.
    enum OrganisationList {
        struct Result: Equatable {
            var names: [String]
            /// The separator the list ends on ("CAF + MSA +"): a sign an item was lost.
            var trailingSeparator: String?
        }

        static func parse(_ lines: [String]) -> Result {
            let (items, trailing) = split(lines)
            var names: [String] = []
            var keys = Set<String>()
            for item in items {
                for name in canonicalize(item) where keys.insert(Text.comparisonKey(name)).inserted {
                    names.append(name)
                }
            }
            return Result(names: names, trailingSeparator: trailing)
        }

        /// "CAF MSA" (a lost separator) splits when every word names a national body;
        /// anything else is kept as the document wrote it: which body a name designates is
        /// settled once the whole plan is read (`OrganisationNames`).
        static func canonicalize(_ item: String) -> [String] {
            let tokens = Text.words(item)
            let national = { (s: String) in NationalBodies.match(OrganisationAlias.words(s), in: .nowhere) != nil }
            if tokens.count > 1, !national(item), tokens.allSatisfy({ NationalBodies.match(OrganisationAlias.words($0), in: .nowhere) != nil }) {
                return tokens
            }
            return [item]
        }

        /// A name that, without knowing the territory, is a funding body's: a national body,
        /// a commune ("Mairie de …"), a communauté ("CC …", or its acronym "CCPSE").
        static func isFundingBody(_ name: String) -> Bool {
            if let national = NationalBodies.match(OrganisationAlias.words(name), in: .nowhere) {
                return [.caf, .financeur].contains(national.kind)
            }
            if [.commune, .epci].contains(LocalBodies.kind(of: name)) { return true }
            return name.wholeMatch(of: Patterns.isFundingBody) != nil
        }

        static func split(_ rawLines: [String]) -> (items: [String], trailing: String?) {
            let lines = rawLines.map(Text.trim).filter { !$0.isEmpty }
            guard !lines.isEmpty else { return ([], nil) }
            // In a dash/plus-delimited list a line break is a wrap ("REAPP\n63"), unless a
            // separator ends or starts the line; in a one-per-line list every break separates.
            let delimited = lines.contains(where: hasInternalSeparator)
            var text = lines[0]
            for line in lines.dropFirst() {
                let soft = delimited && !endsWithSeparator(text) && !startsWithSeparator(line)
                text += (soft ? " " : "\n") + line
            }
            var items: [String] = []
            var current = ""
            var depth = 0
            let chars = Array(text)
            for (i, c) in chars.enumerated() {
                if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
                if depth == 0, isSeparator(chars, at: i) { items.append(current); current = ""; continue }
                current.append(c)
            }
            items.append(current)
            let cleaned = items.map(clean).filter { !$0.isEmpty }
            let last = text.last(where: { !$0.isWhitespace })
            let trailing = last.flatMap { isSeparator(chars, at: chars.lastIndex(of: $0)!) ? String($0) : nil }
            return (cleaned, trailing)
        }

        private static let hardSeparators: Set<Character> = ["+", ",", ";", "–", "—", "\n"]

        /// A hyphen only separates when a space touches it: "Saint-Eloy" is one name,
        /// "enfance- AFJC" and "PMI -Département" are two.
        static func isSeparator(_ chars: [Character], at i: Int) -> Bool {
            let c = chars[i]
            if hardSeparators.contains(c) { return true }
            guard c == "-" else { return false }
            let before = i == 0 || chars[i - 1].isWhitespace
            let after = i == chars.count - 1 || chars[i + 1].isWhitespace
            return before || after
        }

        private static func hasInternalSeparator(_ line: String) -> Bool {
            let chars = Array(line)
            guard chars.count > 2 else { return false }
            return (1..<(chars.count - 1)).contains { isSeparator(chars, at: $0) }
        }

        private static func endsWithSeparator(_ s: String) -> Bool {
            let chars = Array(s)
            return !chars.isEmpty && isSeparator(chars, at: chars.count - 1)
        }

        private static func startsWithSeparator(_ s: String) -> Bool {
            let chars = Array(s)
            return !chars.isEmpty && isSeparator(chars, at: 0)
        }

        private static func clean(_ item: String) -> String {
            Text.collapseSpaces(item).trimmingCharacters(in: .init(charactersIn: " .:;-–—*•"))
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let isFundingBody = /C[CAU][A-Z]{1,6}/
}
