import Foundation

/// The address segment of a territory: "Communauté de communes du Pays de Saint-Eloy"
/// becomes "pays-de-saint-eloy". The kind of body ("communauté de communes", "commune"…)
/// is dropped because every territory would otherwise start with the same words;
/// what stays is the part people say.
public enum TerritorySlug {
    /// Kinds of body, longest first so "communauté de communes" wins over "commune".
    private static let kinds = [
        "communaute de communes", "communaute d agglomeration", "communaute urbaine",
        "metropole", "commune", "ville", "syndicat mixte", "cc", "ca",
    ]
    private static let articles = ["de la ", "de l ", "du ", "des ", "de ", "d "]

    public static func make(from name: String) -> String {
        // Ligatures are letters people say in full ("Cœur de Beauce" is "coeur-de-beauce");
        // folding diacritics alone would drop them.
        let spelled = name.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "Oe")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "Ae")
        let folded = spelled.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
            .lowercased()
        var words = String(folded.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : " " })
            .split(separator: " ").joined(separator: " ")
        for kind in kinds where words.hasPrefix(kind + " ") {
            let rest = String(words.dropFirst(kind.count + 1))
            let stripped = articles.first { rest.hasPrefix($0) }.map { String(rest.dropFirst($0.count)) } ?? rest
            if !stripped.isEmpty { words = stripped }
            break
        }
        let slug = words.replacingOccurrences(of: " ", with: "-")
        return slug.isEmpty ? "territoire" : String(slug.prefix(60))
    }

    /// `make(from:)`, made unique against `taken` by a numeric suffix.
    /// Instance-wide addresses live beside the territories' (`/connexion`, `/api/…`),
    /// so a territory may never take their first segment.
    public static let reserved: Set<String> = [
        "admin", "api", "connexion", "deconnexion", "css", "health", "metrics", "territoires",
        "static", "favicon-ico", "robots-txt", "accessibilite",
        // The first segments of every territory's pages, which the old addresses also used.
        "plan", "recherche", "deliberations", "seances", "conseil", "indicateurs", "bilan", "suivi",
        "gantt", "financeurs", "organisations",
    ]

    public static func unique(from name: String, taken: Set<String>) -> String {
        let base = make(from: name)
        let unavailable = taken.union(reserved)
        guard unavailable.contains(base) else { return base }
        var n = 2
        while unavailable.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    /// Whether a typed slug is acceptable as an address segment (lower-case letters,
    /// digits and single hyphens), so `--territory` and the admin form check the same rule.
    public static func isValid(_ slug: String) -> Bool {
        guard !slug.isEmpty, slug.count <= 60, !reserved.contains(slug), !slug.hasPrefix("-"), !slug.hasSuffix("-"), !slug.contains("--") else { return false }
        return slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
