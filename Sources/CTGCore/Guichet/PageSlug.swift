import Foundation

/// The address word of an information page, made from its title: "Trouver un mode d'accueil"
/// becomes "trouver-un-mode-d-accueil".
public enum PageSlug {
    public static let maxLength = 60

    public static func make(from title: String) -> String {
        let spelled = title.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "Oe")
        let folded = spelled.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR")).lowercased()
        let words = folded.unicodeScalars.map { ($0.isASCII && CharacterSet.alphanumerics.contains($0)) ? Character($0) : " " }
        let slug = String(words).split(separator: " ").joined(separator: "-")
        return String(slug.prefix(maxLength)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    /// Whether a typed address word is one `make` could give (lower-case letters, digits, single hyphens).
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= maxLength && !slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
