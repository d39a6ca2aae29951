extension DocumentParser {
    /// The "Plan d'actions" outline that precedes the fiches: one entry per action with its
    /// sous-actions as bullets.
    struct OutlineAction: Equatable {
        var code: ActionCode
        var title: String
        /// "(2023)" at the end of the outline entry: the years its sous-actions run.
        var years: [Int]
        var items: [String]
    }

    enum OutlineParser {
        static func action(code: ActionCode, heading: String, lines: [String]) -> OutlineAction {
            let (title, years) = splitYears(heading)
            return OutlineAction(code: code, title: Text.capitalizingFirst(title), years: years, items: items(lines))
        }

        /// "… Maternels (MAM) (2023)" → ("… Maternels (MAM)", [2023]); "(2022-2023)" gives both years.
        static func splitYears(_ s: String) -> (String, [Int]) {
            guard let m = s.firstMatch(of: Patterns.splitYears) else { return (s, []) }
            let found = String(m.1).matches(of: Patterns.splitYears2).compactMap { Int($0.output) }
            var years = found
            if found.count == 2, String(m.1).contains(where: { "-–à".contains($0) }), found[0] < found[1] {
                years = Array(found[0]...found[1])
            }
            return (Text.trim(s[..<m.range.lowerBound]), years)
        }

        /// Bullets start items; an unbulleted line continues the previous bullet, or is an item
        /// of its own when the outline uses no bullets at all.
        static func items(_ lines: [String]) -> [String] {
            var items: [String] = []
            var bulleted = false
            for raw in lines {
                let t = Text.trim(raw)
                guard !t.isEmpty else { continue }
                if let first = t.first, "-•*–".contains(first) {
                    items.append(Text.trim(t.dropFirst()))
                    bulleted = true
                } else if bulleted, !items.isEmpty {
                    items[items.count - 1] += " " + t
                } else {
                    items.append(t)
                }
            }
            return items.map { Text.capitalizingFirst(Text.collapseSpaces($0)) }.filter { !$0.isEmpty }
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let splitYears = /\s*\(\s*(20\d\d(?:\s*(?:-|–|à|,|et|\/)\s*20\d\d)*)\s*\)\s*$/
    nonisolated(unsafe) static let splitYears2 = /20\d\d/
}
