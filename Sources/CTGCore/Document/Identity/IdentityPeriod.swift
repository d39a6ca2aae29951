/// The period a CTG covers: "2022-2025", "2022 – 2025", "pour la période 2022 à 2025",
/// "pour une durée de 4 ans à compter du 1er janvier 2022", or the years of the fiches' calendar.
enum IdentityPeriod {
    static func read(_ t: SessionText) -> (Int?, Int?) {
        let whole = t.folded.joined(separator: "\n")
        if let m = whole.firstMatch(of: Patterns.read),
           let date = SessionDates.first(in: String(whole[m.range.upperBound...].prefix(60))),
           let start = Int(date.prefix(4)), let years = Int(m.1) ?? FrenchNumberWords.value([String(m.1)]) {
            return (start, start + years - 1)
        }
        for m in whole.matches(of: Patterns.read2) {
            guard let start = Int(m.1), let end = Int(m.2), (2...6).contains(end - start) else { continue }
            return (start, end)
        }
        // The fiches' calendar: a table header of consecutive years ("2022 2023 2024 2025").
        for m in whole.matches(of: Patterns.read3) {
            let years = m.1.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Int($0) }
            if zip(years, years.dropFirst()).allSatisfy({ $1 == $0 + 1 }) { return (years.first, years.last) }
        }
        return (nil, nil)
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let read = /duree\s+de\s+(\d|quatre|cinq|trois|deux|six)\s+ans\s+a\s+compter\s+du\s+/
    nonisolated(unsafe) static let read2 = /(?:^|[^0-9])(20\d{2})\s*(?:-|–|—|\/|a|au)\s*(20\d{2})(?:[^0-9]|$)/
    nonisolated(unsafe) static let read3 = /(?:^|[^0-9])(20\d{2}(?:[ \t]+20\d{2}){2,5})(?:[^0-9]|$)/
}
