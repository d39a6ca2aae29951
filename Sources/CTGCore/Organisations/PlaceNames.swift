/// French typographic rules for place names, true everywhere.
enum PlaceNames {
    /// Words left out of initials and of comparisons' leading position.
    static let smallWords: Set<String> = ["de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "sur", "sous",
                                          "aux", "au", "a", "lès", "les"]

    /// "St Gervais" → "Saint-Gervais", "Ste Marie" → "Sainte-Marie", "Saint Eloy-les-Mines" →
    /// "Saint-Eloy-les-Mines": a saint's name in a place name takes a hyphen.
    static func typographic(_ name: String) -> String {
        let pattern = Patterns.typographic
        return name.replacing(pattern) { m in
            let saint = m.1 == "St" ? "Saint" : m.1 == "Ste" ? "Sainte" : String(m.1)
            return "\(saint)-\(m.2)"
        }.replacing(Patterns.typographic2) { m in "\(m.1 == "St" ? "Saint" : "Sainte")-\(m.2)" }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let typographic = /\b(St|Ste|Saint|Sainte)\.?[ \t]+(\p{Lu})/
    nonisolated(unsafe) static let typographic2 = /\b(St|Ste)-(\p{Lu})/
}
