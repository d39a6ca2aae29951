/// How a deliberation was voted: "Adopté à l'unanimité", "Pour : 30, Contre : 2,
/// Abstentions : 3", "par 30 voix pour, 2 contre et 3 abstentions", and who
/// "ne prend pas part au vote".
enum SessionVote {
    static func read(_ t: SessionText, in range: Range<Int>) -> ParsedSeance.Vote? {
        let folded = range.map { t.folded[$0] }.joined(separator: " ")
        var v = ParsedSeance.Vote()
        var found = false
        if folded.contains("unanimite") { v.unanimous = true; found = true }
        v.inFavour = count(folded, [/(?:votes?\s+)?pour\s*:\s*(\d{1,3})\b/, /(\d{1,3})\s+(?:voix\s+)?pour\b/, /\bpour\s+(\d{1,3})\s*[-–,;\/]?\s*contre/])
        v.against = count(folded, [/contre\s*:\s*(\d{1,3})\b/, /(\d{1,3})\s+(?:voix\s+)?contre\b/, /\bcontre\s+(\d{1,3})\s*[-–,;\/]?\s*(?:abstention|$)/])
        v.abstentions = count(folded, [/abstentions?\s*:\s*(\d{1,3})\b/, /(\d{1,3})\s+abstentions?\b/, /\babstentions?\s+(\d{1,3})\b/])
        found = found || v.inFavour != nil || v.against != nil || v.abstentions != nil
        for i in range {
            guard let r = t.folded[i].firstRange(of: /\s+ne\s+(?:prend|prennent|participe|participent)\s+pas\s+(?:part\s+)?au\s+vote/) else { continue }
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
