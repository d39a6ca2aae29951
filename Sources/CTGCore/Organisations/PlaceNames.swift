/// French typographic rules for place names, true everywhere.
enum PlaceNames {
    /// Words left out of initials and of comparisons' leading position.
    static let smallWords: Set<String> = ["de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "sur", "sous",
                                          "aux", "au", "a", "lès", "les"]

    /// "St Gervais" → "Saint-Gervais", "Ste Marie" → "Sainte-Marie", "Saint Eloy-les-Mines" →
    /// "Saint-Eloy-les-Mines": a saint's name in a place name takes a hyphen.
    static func typographic(_ name: String) -> String {
        let pattern = /\b(St|Ste|Saint|Sainte)\.?[ \t]+(\p{Lu})/
        return name.replacing(pattern) { m in
            let saint = m.1 == "St" ? "Saint" : m.1 == "Ste" ? "Sainte" : String(m.1)
            return "\(saint)-\(m.2)"
        }.replacing(/\b(St|Ste)-(\p{Lu})/) { m in "\(m.1 == "St" ? "Saint" : "Sainte")-\(m.2)" }
    }
}
