extension DocumentParser {
    /// "1-2-3": axe, objectif, action.
    struct ActionCode: Hashable, Comparable, CustomStringConvertible {
        let axe: Int, objective: Int, action: Int
        var description: String { "\(axe)-\(objective)-\(action)" }
        static func < (a: Self, b: Self) -> Bool { (a.axe, a.objective, a.action) < (b.axe, b.objective, b.action) }
    }

    /// Cuts the plan part of the text into structural events: axe and objectif headings,
    /// action headings (outline entries and fiches), and the plain lines between them.
    enum PlanScanner {
        enum Event: Equatable {
            case axe(number: Int?, title: String?)
            case objective(number: Int, title: String)
            case action(code: ActionCode, title: String, arrow: Bool)
            case line(String)
        }

        static func scan(_ lines: [String]) -> [Event] {
            var events: [Event] = []
            var i = 0
            while i < lines.count {
                let raw = lines[i], t = Text.trim(raw)
                i += 1
                guard !t.isEmpty, !raw.contains("\t") else { events.append(.line(raw)); continue }
                if t.lowercased().contains("axe"), let m = t.wholeMatch(of: Patterns.axe) {
                    var parts = Text.trim(m.2).isEmpty ? [] : [String(m.2)]
                    parts += capsLines(lines, from: &i)
                    events.append(.axe(number: Int(m.1), title: parts.isEmpty ? nil : parts.joined(separator: " ")))
                } else if let e = heading(t) {
                    events.append(e)
                } else if isBareAxeTitle(t) {
                    var j = i - 1
                    let parts = capsLines(lines, from: &j)
                    if let next = lines[j...].first(where: { !Text.trim($0).isEmpty }), heading(Text.trim(next)) != nil {
                        events.append(.axe(number: nil, title: parts.joined(separator: " ")))
                        i = j
                    } else { events.append(.line(raw)) }
                } else { events.append(.line(raw)) }
            }
            return events
        }

        /// Whether a line is an objectif or action heading (used to find where the plan starts).
        static func heading(_ t: String) -> Event? {
            // Called on every line: the substring tests spare the regexes (slow on Linux) most of them.
            let lower = t.lowercased()
            if lower.contains("objectif"), let m = t.wholeMatch(of: Patterns.objective), let n = Int(m.1) {
                return .objective(number: n, title: cleanTitle(String(m.2)))
            }
            if lower.contains("action"), let m = t.wholeMatch(of: Patterns.action),
               let a = Int(m.1), let o = Int(m.2), let n = Int(m.3) {
                let arrow = m.4.map { $0 != ":" } ?? false
                return .action(code: ActionCode(axe: a, objective: o, action: n), title: cleanTitle(String(m.5)), arrow: arrow)
            }
            return nil
        }

        static func isAxeHeading(_ t: String) -> Bool {
            t.lowercased().contains("axe") && t.wholeMatch(of: Patterns.axeStart) != nil
        }

        private static func cleanTitle(_ s: String) -> String {
            Text.collapseSpaces(s.replacingOccurrences(of: "**", with: ""))
        }

        /// A title typed in capitals with no "AXE N" before it (axe 1 of the outline).
        private static func isBareAxeTitle(_ t: String) -> Bool {
            Text.isCapsLine(t, minLetters: 15) && Text.words(t).count >= 3
        }

        /// The capitals lines that continue a heading, blank lines allowed between them.
        private static func capsLines(_ lines: [String], from i: inout Int) -> [String] {
            var parts: [String] = []
            var j = i
            while j < lines.count {
                let t = Text.trim(lines[j])
                if t.isEmpty { j += 1; continue }
                guard Text.isCapsLine(t, minLetters: 4), heading(t) == nil, !isAxeHeading(t) else { break }
                parts.append(t); j += 1; i = j
            }
            return parts
        }

        /// Built once: a regex literal is parsed again each time it is evaluated (see `SessionText`).
        private enum Patterns {
            nonisolated(unsafe) static let axe = /(?i)(?:[-•*]\s*)?axe\s*(\d+)\s*[:\-–.]?\s*(.*)/
            nonisolated(unsafe) static let axeStart = /(?i)(?:[-•*]\s*)?axe\s*(\d+)\b.*/
            nonisolated(unsafe) static let objective = /(?i)(?:[-•*]\s*)?objectif\s*(?:n°\s*)?(\d+)\s*[:\-–.]\s*(.+)/
            nonisolated(unsafe) static let action = /(?i)(?:[-•*]\s*)?(?:fiche[- ]action\s*:?\s*)?actions?\s+(\d+)\s*-\s*(\d+)\s*-\s*(\d+)(?!\d|\s*-\s*[A-Za-z0-9])\s*(=>|→|->|⇒|:)?\s*(.*)/
        }
    }
}
