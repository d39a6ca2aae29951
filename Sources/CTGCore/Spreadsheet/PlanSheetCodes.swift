import Foundation

/// The shapes of the plan's cells: codes numbered as in a CTG plan ("1", "1-2",
/// "1-2-3", "1-2-3-A") and the "Axe 1 — Titre" / "Objectif 1-2 : Titre" headings
/// of the export. Case and the kind of dash are forgiven, the numbers are not.
enum PlanSheetCodes {
    /// "Axe 1 — Titre", "axe 2", "3 - Titre": number, then an optional title.
    static let axe = regex(#"^(?:axe\s*)?(\d{1,3})\s*(?:[—–:.-]\s*(.*))?$"#)
    /// "Objectif 1-2 : Titre", "Objectif 2 : Titre": optional axe, number, title.
    static let objectif = regex(#"^(?:objectif\s*)?(?:(\d{1,3})[-.])?(\d{1,3})\s*(?:[—–:.-]\s*(.*))?$"#)
    static let fiche = regex(#"^\d{1,3}-\d{1,3}-\d{1,3}$"#)
    static let subAction = regex(#"^\d{1,3}-\d{1,3}-\d{1,3}-[A-Za-z]{1,2}$"#)

    private static func regex(_ pattern: String) -> NSRegularExpression {
        // The patterns are constants of this file: a typo is a programming error.
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive, .dotMatchesLineSeparators])
    }

    /// The capture groups of a whole-string match (nil for a group that did not take part), or nil.
    static func matches(_ regex: NSRegularExpression, _ text: String) -> [String?]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return (1..<max(1, match.numberOfRanges)).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
    }

    /// The items of a list cell: separated by commas, semicolons or line breaks
    /// (and, for years, spaces too).
    static func split(_ text: String) -> [String] {
        text.components(separatedBy: CharacterSet(charactersIn: ",;\n\r"))
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func splitYears(_ text: String) -> [String] {
        split(text).flatMap { $0.split(separator: " ").map(String.init) }
    }
}
