import Foundation

/// French words reduced to a search key, the same way for the index and for the query (issue 13 §3):
/// case and accents ignored, articles and prepositions dropped, plurals and the feminine folded
/// onto one form, so "assistante maternelle" finds "assistants maternels" and "jeunes" finds "jeune".
/// Both engines index these keys (SQLite FTS5, PostgreSQL tsvector), so they agree.
public enum FrenchSearchText {
    /// Words that carry no meaning on their own in a plan's text.
    static let stopWords: Set<String> = [
        "a", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les",
        "leur", "leurs", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "un", "une",
    ]

    /// The words of `text` as they appear, with their place, for highlighting.
    public static func words(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        for index in text.indices {
            if text[index].isLetter || text[index].isNumber {
                if start == nil { start = index }
            } else if let s = start {
                ranges.append(s..<index)
                start = nil
            }
        }
        if let s = start { ranges.append(s..<text.endIndex) }
        return ranges
    }

    /// One word's key, or nil for a stop word.
    public static func key(_ word: some StringProtocol) -> String? {
        let folded = String(word).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "fr_FR"))
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
        guard !folded.isEmpty, !stopWords.contains(folded) else { return nil }
        guard folded.allSatisfy({ $0.isLetter }), folded.count > 3 else { return folded }
        return stem(folded)
    }

    /// Plural, then feminine: "maternelles" → "maternelle" → "maternel"; "locaux" → "local".
    static func stem(_ word: String) -> String {
        var w = word
        if w.hasSuffix("aux"), w.count > 4 { w = String(w.dropLast(3)) + "al" }
        else if (w.hasSuffix("s") || w.hasSuffix("x")), !w.hasSuffix("ss"), w.count > 3 { w.removeLast() }
        if w.hasSuffix("e"), w.count > 3 {
            w.removeLast()
            // "elle" → "el", "enne" → "en", "ette" → "et": the masculine drops the doubled consonant.
            for double in ["ll", "nn", "tt"] where w.hasSuffix(double) { w.removeLast() }
        }
        return w
    }

    /// Every key of the text, in order, repeats kept (what the index stores).
    public static func keys(_ text: String) -> [String] {
        words(text).compactMap { key(text[$0]) }
    }

    /// The query's distinct keys, in the order typed: all must match, in any order.
    public static func queryKeys(_ query: String) -> [String] {
        var seen = Set<String>()
        return keys(query).filter { seen.insert($0).inserted }
    }

    /// The text cut into plain and matched parts, for a page to wrap the matched ones in `<mark>`
    /// while escaping everything (the parts are plain text, never HTML).
    public static func highlight(_ text: String, keys wanted: [String]) -> [(text: String, matched: Bool)] {
        let wanted = Set(wanted)
        var parts: [(text: String, matched: Bool)] = []
        var cursor = text.startIndex
        for range in words(text) {
            guard let key = key(text[range]), wanted.contains(key) else { continue }
            if cursor < range.lowerBound { parts.append((String(text[cursor..<range.lowerBound]), false)) }
            parts.append((String(text[range]), true))
            cursor = range.upperBound
        }
        if cursor < text.endIndex { parts.append((String(text[cursor...]), false)) }
        return parts
    }
}
