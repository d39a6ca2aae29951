/// The counts a séance states: "En exercice 39 Présents 36 Pouvoirs 3 Votants 39",
/// "Nombre de membres en exercice : 31", or a flattened table of labels then numbers.
enum SessionCounts {
    private enum Field: CaseIterable { case inOffice, present, represented, voters, other }

    static func read(_ t: SessionText) -> ParsedSeance.Counts {
        var c = ParsedSeance.Counts()
        for (i, f) in t.folded.enumerated() {
            if let n = inline(f, Patterns.read) ?? inline(f, Patterns.read2) {
                c.membersInOffice = c.membersInOffice ?? n
            }
            if let n = inline(f, Patterns.read3) { c.present = c.present ?? n }
            if let n = inline(f, Patterns.read4) {
                c.represented = c.represented ?? n
            }
            if let n = inline(f, Patterns.read5) { c.voters = c.voters ?? n }
            if c.membersInOffice == nil || c.present == nil || c.voters == nil {
                table(t, at: i, into: &c)
            }
        }
        return c
    }

    private static func inline(_ folded: String, _ regex: Regex<(Substring, Substring)>) -> Int? {
        folded.firstMatch(of: regex).flatMap { Int($0.1) }
    }

    /// Labels alone on a run of lines (or on one line, between bars or spaces), then as many numbers.
    private static func table(_ t: SessionText, at start: Int, into c: inout ParsedSeance.Counts) {
        var fields: [Field] = []
        var i = start
        while i < t.lines.count, let row = labelsOnly(t.folded[i]) {
            fields += row; i += 1
        }
        guard fields.count >= 2, fields.contains(where: { $0 != .other }) else { return }
        var numbers: [Int] = []
        while i < t.lines.count, numbers.count < fields.count {
            let cells = t.folded[i].split(whereSeparator: { " |\t".contains($0) })
            if cells.isEmpty { i += 1; continue }
            guard cells.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { break }
            numbers += cells.compactMap { Int($0) }
            i += 1
        }
        guard numbers.count == fields.count else { return }
        for (field, n) in zip(fields, numbers) {
            switch field {
            case .inOffice: c.membersInOffice = c.membersInOffice ?? n
            case .present: c.present = c.present ?? n
            case .represented: c.represented = c.represented ?? n
            case .voters: c.voters = c.voters ?? n
            case .other: break
            }
        }
    }

    /// The count labels a line holds, when it holds nothing else.
    private static func labelsOnly(_ folded: String) -> [Field]? {
        var rest = " " + DocumentParser.Text.comparisonKey(folded) + " "
        guard rest.count > 2 else { return nil }
        var found: [(Int, Field)] = []
        let forms: [(String, Field)] = [
            ("membres en exercice", .inOffice), ("conseillers en exercice", .inOffice), ("en exercice", .inOffice),
            ("presents", .present), ("present", .present), ("pouvoirs", .represented), ("procurations", .represented),
            ("representes", .represented), ("votants", .voters), ("absents", .other), ("excuses", .other),
            ("nombre de", .other),
        ]
        for (form, field) in forms {
            while let r = rest.range(of: " \(form) ") {
                if form != "nombre de" { found.append((rest.distance(from: rest.startIndex, to: r.lowerBound), field)) }
                rest.replaceSubrange(r, with: String(repeating: "#", count: form.count + 1) + " ")
            }
        }
        guard rest.allSatisfy({ $0 == "#" || $0 == " " }), !found.isEmpty else { return nil }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let read = /en\s+exercice\s*:?\s*(\d{1,3})\b/
    nonisolated(unsafe) static let read2 = /(\d{1,3})\s+(?:conseillers|membres|delegues)[a-z ]{0,25}?en\s+exercice/
    nonisolated(unsafe) static let read3 = /(?:^|[^a-z])presents?\s*:?\s*(\d{1,3})\b/
    nonisolated(unsafe) static let read4 = /(?:^|[^a-z])(?:pouvoirs?|procurations?|representes?)\s*:?\s*(\d{1,3})\b/
    nonisolated(unsafe) static let read5 = /(?:^|[^a-z])votants?\s*:?\s*(\d{1,3})\b/
}
