/// How a deliberation was voted: "Adopté à l'unanimité", "Pour : 30, Contre : 2,
/// Abstentions : 3", "par 30 voix pour, 2 contre et 3 abstentions", and who
/// "ne prend pas part au vote".
enum SessionVote {
    static func read(_ t: SessionText, in range: Range<Int>) -> ParsedSeance.Vote? {
        let folded = range.map { t.folded[$0] }.joined(separator: " ")
        var v = ParsedSeance.Vote()
        var found = false
        if folded.contains("unanimite") { v.unanimous = true; found = true }
        v.inFavour = count(folded, [Patterns.inFavour, Patterns.inFavour2, Patterns.inFavour3])
        v.against = count(folded, [Patterns.against, Patterns.against2, Patterns.against3])
        v.abstentions = count(folded, [Patterns.abstentions, Patterns.abstentions2, Patterns.abstentions3])
        found = found || v.inFavour != nil || v.against != nil || v.abstentions != nil
        for i in range {
            guard let r = t.folded[i].firstRange(of: Patterns.notVoting) else { continue }
            let before = t.original(i, t.folded[i].startIndex..<r.lowerBound)
            let clause = SessionNames.sentences(before).last ?? before
            v.notVoting += SessionNames.items(clause).compactMap(SessionNames.clean)
            found = true
        }
        return found ? v : nil
    }

    private static func count(_ folded: String, _ forms: [Regex<(Substring, Substring)>]) -> Int? {
        for form in forms {
            if let m = folded.firstMatch(of: form), let n = Int(m.1) { return n }
        }
        return nil
    }
}

/// Built once: Swift parses a regex literal again each time it is evaluated (about 100 µs on Linux),
/// and these run on every line. A built Regex is never mutated, hence `nonisolated(unsafe)`.
private enum Patterns {
    nonisolated(unsafe) static let inFavour = /(?:votes?\s+)?pour\s*:\s*(\d{1,3})\b/
    nonisolated(unsafe) static let inFavour2 = /(\d{1,3})\s+(?:voix\s+)?pour\b/
    nonisolated(unsafe) static let inFavour3 = /\bpour\s+(\d{1,3})\s*[-–,;\/]?\s*contre/
    nonisolated(unsafe) static let against = /contre\s*:\s*(\d{1,3})\b/
    nonisolated(unsafe) static let against2 = /(\d{1,3})\s+(?:voix\s+)?contre\b/
    nonisolated(unsafe) static let against3 = /\bcontre\s+(\d{1,3})\s*[-–,;\/]?\s*(?:abstention|$)/
    nonisolated(unsafe) static let abstentions = /abstentions?\s*:\s*(\d{1,3})\b/
    nonisolated(unsafe) static let abstentions2 = /(\d{1,3})\s+abstentions?\b/
    nonisolated(unsafe) static let abstentions3 = /\babstentions?\s+(\d{1,3})\b/
    nonisolated(unsafe) static let notVoting = /\s+ne\s+(?:prend|prennent|participe|participent)\s+pas\s+(?:part\s+)?au\s+vote/
}
