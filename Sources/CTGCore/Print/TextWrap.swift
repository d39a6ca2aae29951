/// Greedy word wrapping with the Helvetica widths; a word wider than the line
/// is cut between letters rather than overflowing the margin.
public enum TextWrap {
    public static func lines(_ text: String, width: Double, bold: Bool, size: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        func fits(_ candidate: String) -> Bool { HelveticaMetrics.width(candidate, bold: bold, size: size) <= width }
        // Tabs and line breaks separate words too; no-break spaces do not.
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline }).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if fits(candidate) { current = candidate; continue }
            if !current.isEmpty { lines.append(current) }
            current = ""
            for character in word {
                if !current.isEmpty && !fits(current + String(character)) {
                    lines.append(current)
                    current = ""
                }
                current.append(character)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
