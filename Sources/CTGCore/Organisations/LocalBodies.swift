/// How a plan names a local body (a commune, an association, a service) and how it
/// describes a group of bodies instead ("associations partenaires", "Communes du territoire").
enum LocalBodies {
    /// A kind alone names no body: "Commune", "Association".
    static let bareKinds: Set<String> = ["commune", "mairie", "ville", "association", "service", "structure", "organisme"]

    /// Singular French nouns that end in s or x, so that they are not read as plurals.
    private static let singularInS: Set<String> = ["relais", "secours", "pays", "campus", "corps", "temps", "fonds",
                                                  "bois", "mas", "choix", "prix", "repos", "puits", "centre", "ccas",
                                                  "cias", "clos", "cours", "palais", "accueil", "pôle"]

    /// A description of several bodies: it opens on a plural noun followed by common words
    /// ("associations partenaires", "Familles du territoire", "autres LAEP"); never an acronym
    /// ("ADAPEI"), nor a proper name ("Jardin d'Aloïs", "Les Petits Loups", "Familles Rurales").
    static func isGroup(_ raw: String) -> Bool {
        var words = DocumentParser.Text.words(raw)
        while let first = words.first, ["les", "des", "autres", "d'autres", "nos", "ses", "leurs", "aux"]
            .contains(first.lowercased()) {
            if first.lowercased() == "autres" || first.lowercased() == "d'autres" { return true }
            words.removeFirst()
        }
        guard let head = words.first, head.count > 2 else { return false }
        if head.filter(\.isLetter).allSatisfy(\.isUppercase) { return false }
        if let next = words.dropFirst().first, next.first?.isUppercase == true,
           !next.filter(\.isLetter).allSatisfy(\.isUppercase) { return false }
        let lower = DocumentParser.Text.fold(head)
        return (lower.hasSuffix("s") || lower.hasSuffix("x")) && !singularInS.contains(lower)
    }

    /// The name a new body is given: "Mairie de St Gervais" → "Commune de Saint-Gervais";
    /// anything else as the document writes it, capitalised.
    static func displayName(_ raw: String) -> String {
        let trimmed = DocumentParser.Text.collapseSpaces(raw).trimmingCharacters(in: .init(charactersIn: " .,;:-–—*•"))
        if let m = trimmed.wholeMatch(of: Patterns.displayName) {
            let of = m.1.lowercased().hasPrefix("d'") || m.1.hasPrefix("d’") ? "d'" : "de "
            return "Commune \(of)\(PlaceNames.typographic(String(m.2)))"
        }
        return DocumentParser.Text.capitalizingFirst(trimmed)
    }

    static func kind(of raw: String) -> OrganisationKind {
        switch OrganisationAlias.words(raw).first {
        case "commune", "mairie", "ville": return .commune
        case "association", "asso": return .association
        case "service", "centre", "maison", "pole": return .service
        case "communaute", "cc", "ca": return .epci
        default: return .autre
        }
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let displayName = /(?i)(?:la\s+)?(?:mairie|ville|commune)\s+(de\s+|d['’]\s*)(.+)/
}
