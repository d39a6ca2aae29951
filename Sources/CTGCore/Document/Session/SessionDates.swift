/// Dates as councils write them: "Séance du 1er octobre 2013", "L'an deux mille vingt,
/// le 19 Novembre à 19 heures", "Le seize septembre deux mille dix-neuf", "24/09/2013".
enum SessionDates {
    private typealias FD = DocumentParser.FrenchDate

    /// The first date in a folded text, as ISO: numeric, with digits, or in words.
    static func first(in folded: String) -> String? {
        firstMatch(in: folded)?.iso
    }

    static func firstMatch(in folded: String) -> (iso: String, range: Range<String.Index>)? {
        var best: (iso: String, range: Range<String.Index>)?
        if let m = folded.firstMatch(of: Patterns.firstMatch),
           let d = Int(m.1), let mo = Int(m.2), let y = Int(m.3), let iso = FD.iso(year: y, month: mo, day: d) {
            best = (iso, m.range)
        }
        if let long = longDate(in: folded), best == nil || long.range.lowerBound < best!.range.lowerBound {
            best = long
        }
        return best
    }

    /// "<day> <month> <year>", each of day and year in digits or in words; a date without
    /// its year takes the one from a preceding "l'an …" of the same sentence.
    private static func longDate(in folded: String) -> (iso: String, range: Range<String.Index>)? {
        let tokens = folded.matches(of: Patterns.longDate).map { (String($0.output), $0.range) }
        for (i, token) in tokens.enumerated() {
            guard let month = FD.months.firstIndex(of: token.0) else { continue }
            let before = adjacentRun(tokens, from: i - 1, step: -1, in: folded)
            guard let day = dayValue(before.words.reversed()), (1...31).contains(day) else { continue }
            let after = adjacentRun(tokens, from: i + 1, step: 1, in: folded)
            var year = yearValue(after.words)
            var end = after.end ?? token.1.upperBound
            if year == nil {
                year = yearFromAn(folded[..<token.1.lowerBound])
                end = token.1.upperBound
            }
            guard let year, let iso = FD.iso(year: year, month: month + 1, day: day) else { continue }
            return (iso, (before.start ?? token.1.lowerBound)..<end)
        }
        return nil
    }

    /// Number-like tokens next to `from`, in `step` direction, with only spaces between them.
    private static func adjacentRun(_ tokens: [(String, Range<String.Index>)], from: Int, step: Int,
                                    in folded: String) -> (words: [String], start: String.Index?, end: String.Index?) {
        var words: [String] = []
        var i = from
        var start: String.Index?
        var end: String.Index?
        var last: Range<String.Index>?
        while i >= 0, i < tokens.count, words.count < 6 {
            let (word, range) = tokens[i]
            guard word.allSatisfy(\.isNumber) || word == "1er" || FrenchNumberWords.isNumberWord(word) else { break }
            if let last {
                let gap = step < 0 ? folded[range.upperBound..<last.lowerBound] : folded[last.upperBound..<range.lowerBound]
                guard gap.allSatisfy({ $0 == " " }) else { break }
            }
            words.append(word)
            if step < 0 {
                start = range.lowerBound
                if end == nil { end = range.upperBound }
            } else {
                end = range.upperBound
                if start == nil { start = range.lowerBound }
            }
            last = range
            // Digits stand alone: "1er" or "19" is the whole day, "2013" the whole year.
            if word.first?.isNumber == true { break }
            i += step
        }
        return (words, start, end)
    }

    private static func dayValue(_ words: [String]) -> Int? {
        guard let first = words.first else { return nil }
        if first == "1er" { return 1 }
        if let n = Int(first) { return words.count == 1 ? n : nil }
        return FrenchNumberWords.value(words)
    }

    private static func yearValue(_ words: [String]) -> Int? {
        guard let first = words.first else { return nil }
        if let n = Int(first) { return first.count == 4 ? n : nil }
        guard let n = FrenchNumberWords.value(words), n >= 1900 else { return nil }
        return n
    }

    /// "l'an deux mille vingt, le 19 novembre": the year stated before the day.
    private static func yearFromAn(_ before: Substring) -> Int? {
        let sentence = before.split(separator: ".").last ?? before
        guard let m = sentence.lastMatch(of: Patterns.yearFromAn) else { return nil }
        let words = m.1.split(separator: " ").map(String.init).prefix { FrenchNumberWords.isNumberWord($0) }
        return yearValue(Array(words))
    }
}

extension Substring {
    func lastMatch<Output>(of regex: Regex<Output>) -> Regex<Output>.Match? {
        matches(of: regex).last
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let firstMatch = /(\d{1,2})\s*[\/.]\s*(\d{1,2})\s*[\/.]\s*(\d{4})/
    nonisolated(unsafe) static let longDate = /[a-z0-9]+(?:-[a-z0-9]+)*/
    nonisolated(unsafe) static let yearFromAn = /(?:^|[^a-z])l'?\s*an\s+((?:[a-z]+(?:-[a-z]+)*\s*)+)/
}
