/// The séance's text, folded for matching (lowercase, no accents, one character
/// per character) beside the original, so a match found in the folded text gives
/// back the names as they are written.
struct SessionText {
    let lines: [String]
    let folded: [String]

    init(_ text: String) {
        let raw = DocumentParser.TextCleaner.normalizedLines(text).compactMap { line -> String? in
            let kept = Self.withoutStamps(line.replacingOccurrences(of: "\t", with: "  "))
            // A line that was only a stamp goes, rather than becoming a blank that would end a list.
            return kept.isEmpty && !DocumentParser.Text.trim(line).isEmpty ? nil : kept
        }
        lines = raw
        folded = raw.map(DocumentParser.Text.fold)
    }

    /// The prefecture's stamps, which the OCR drops anywhere, even inside a list.
    static func withoutStamps(_ line: String) -> String {
        // Most lines hold no stamp: the cheap tests skip the regexes (slow on Linux) for them.
        var s = line
        let lower = line.lowercased()
        if lower.contains("fecture") { s = s.replacing(Self.receivedStamp, with: "") }
        if lower.contains("ception") { s = s.replacing(Self.acknowledgedStamp, with: "") }
        if line.contains("-") { s = s.replacing(Self.actesNumber, with: "") }
        return DocumentParser.Text.trim(s)
    }

    // Swift builds a regex literal again each time it is evaluated (parsing it costs about
    // 100 µs on Linux), so the patterns used per line are built once. A built Regex is never
    // mutated (its compiled program is published atomically), hence `nonisolated(unsafe)`.
    nonisolated(unsafe) private static let receivedStamp = /(?i)re[çc]ue?\s+en\s+pr[ée]fecture(?:\s+le\s+\d{1,2}\/\d{1,2}\/\d{4})?/
    nonisolated(unsafe) private static let acknowledgedStamp = /(?i)accus[ée]\s+de\s+r[ée]ception(?:\s+en\s+pr[ée]fecture)?/
    nonisolated(unsafe) private static let actesNumber = /\b\d{3}-\d{9}-\d{8}-[A-Za-z0-9_-]+/

    /// The original characters of line `index` that `range` covers in its folded form.
    func original(_ index: Int, _ range: Range<String.Index>) -> String {
        let f = folded[index]
        let line = Array(lines[index])
        let a = f.distance(from: f.startIndex, to: range.lowerBound)
        let b = f.distance(from: f.startIndex, to: range.upperBound)
        return String(line[a..<min(b, line.count)])
    }

    /// Line `index` from the folded position `from` to its end, as written.
    func original(_ index: Int, from: String.Index) -> String {
        original(index, from..<folded[index].endIndex)
    }

    /// A paragraph: line `start` and the following lines until a blank one or one for which `stop` holds.
    func paragraph(from start: Int, stop: (Int) -> Bool) -> [Int] {
        var out = [start]
        var i = start + 1
        while i < lines.count, !lines[i].isEmpty, !stop(i) {
            out.append(i); i += 1
        }
        return out
    }
}
