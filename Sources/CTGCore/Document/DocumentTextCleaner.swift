import Foundation

extension DocumentParser {
    /// Turns the OCR'd text into lines the structural parsers can rely on.
    enum TextCleaner {
        /// Typography the OCR varies on, unified before anything looks at the text.
        static func normalizedLines(_ text: String) -> [String] {
            var s = text
            if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
            s = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            for (from, to) in [("\u{00A0}", " "), ("\u{202F}", " "), ("\u{2009}", " "), ("\u{200B}", ""),
                               ("’", "'"), ("‘", "'"), ("´", "'"), ("ʼ", "'"),
                               ("^{er}", "er"), ("^{ER}", "er"), ("<sup>er</sup>", "er"), ("^er", "er")] {
                s = s.replacingOccurrences(of: from, with: to)
            }
            return s.components(separatedBy: "\n").map { line in
                var l = line
                while let last = l.last, last == " " { l.removeLast() }
                return l
            }
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
            guard let m = line.firstMatch(of: /Actions?\s+\d+\s*-\s*\d+\s*-\s*\d+\s*(=>|→|->|⇒)/) else { return [line] }
            let before = Text.trim(line[..<m.range.lowerBound])
            if before.isEmpty || before == "-" { return [line] }
            return [before, String(line[m.range.lowerBound...])]
        }
    }
}
