import Foundation

extension DocumentParser {
    /// Turns the OCR'd text into lines the structural parsers can rely on.
    enum TextCleaner {
        /// Typography the OCR varies on, unified before anything looks at the text.
        static func normalizedLines(_ text: String) -> [String] {
            var s = text
            if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
            s = unifyingCharacters(s)
            // The superscript spellings all hold a "^" or a "<sup>": most texts have neither.
            if s.utf8.contains(UInt8(ascii: "^")) || s.contains("<sup>") {
                for (from, to) in [("^{er}", "er"), ("^{ER}", "er"), ("<sup>er</sup>", "er"), ("^er", "er")] {
                    s = s.replacingOccurrences(of: from, with: to)
                }
            }
            return s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var l = Substring(line)
                while let last = l.last, last == " " { l.removeLast() }
                return String(l)
            }
        }

        /// Line ends, odd spaces and apostrophes made one, in a single pass over the text's
        /// characters (a whole-text replacement per character cost as much as the rest of the reading).
        private static func unifyingCharacters(_ text: String) -> String {
            // Removing a zero-width space can join its neighbours into one character, which
            // the replacements made one after the other see differently: keep to them then.
            if text.unicodeScalars.contains("\u{200B}") {
                var s = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                for (from, to) in [("\u{00A0}", " "), ("\u{202F}", " "), ("\u{2009}", " "), ("\u{200B}", ""),
                                   ("’", "'"), ("‘", "'"), ("´", "'"), ("ʼ", "'")] {
                    s = s.replacingOccurrences(of: from, with: to)
                }
                return s
            }
            var out = ""
            out.reserveCapacity(text.utf8.count)
            for c in text {
                switch c {
                case "\r\n", "\r": out.append("\n")
                case "\u{00A0}", "\u{202F}", "\u{2009}": out.append(" ")
                case "’", "‘", "´", "ʼ": out.append("'")
                default: out.append(c)
                }
            }
            return out
        }

        /// Bold markers are where the OCR glued two headings or a heading to its value
        /// ("AFJC**Services mobilisés…**", "familles**Action 3-1-1 => …**"): each bold run
        /// becomes its own line. Tables keep their tabs and only lose the markers.
        static func splittingMarkup(_ lines: [String]) -> [String] {
            var out: [String] = []
            for line in lines {
                if line.contains("\t") {
                    out.append(line.replacingOccurrences(of: "**", with: ""))
                    continue
                }
                guard line.contains("**") else { out.append(contentsOf: splittingGluedFicheHead(line)); continue }
                let segments = line.components(separatedBy: "**").map(Text.trim)
                let kept = segments.filter { !$0.isEmpty && !["-", "|", "•", "*"].contains($0) }
                if kept.isEmpty { out.append(""); continue }
                for segment in kept { out.append(contentsOf: splittingGluedFicheHead(segment)) }
            }
            return out
        }

        /// "…des familles Action 3-1-1 => …" without bold markers: cut before the fiche head.
        private static func splittingGluedFicheHead(_ line: String) -> [String] {
            guard line.contains("Action"), let m = line.firstMatch(of: gluedFicheHead) else { return [line] }
            let before = Text.trim(line[..<m.range.lowerBound])
            if before.isEmpty || before == "-" { return [line] }
            return [before, String(line[m.range.lowerBound...])]
        }

        /// Built once: a regex literal is parsed again each time it is evaluated (see `SessionText`).
        nonisolated(unsafe) private static let gluedFicheHead = /Actions?\s+\d+\s*-\s*\d+\s*-\s*\d+\s*(=>|→|->|⇒)/
    }
}
