/// The general rules under which two spellings name one body, whatever the territory:
/// case, accents and punctuation do not count; "St"/"Ste" are "Saint"/"Sainte";
/// "Association X" is "X"; "Mairie de X", "Ville de X" and "Commune de X" are one; a
/// trailing département number or name of the territory's own département adds nothing
/// ("ADAPEI 63" is "ADAPEI" in the Puy-de-Dôme); a stutter ("de communes de communes") is one.
public enum OrganisationAlias {
    /// Folded words of a name.
    public static func words(_ raw: String) -> [String] {
        DocumentParser.Text.comparisonKey(raw).split(separator: " ").flatMap { word -> [String] in
            if word == "st" { return ["saint"] }
            if word == "ste" { return ["sainte"] }
            // "CD63" is "CD 63".
            if let split = splitCode(word) { return split }
            return [String(word)]
        }
    }

    /// "cd63" → ["cd", "63"]: 2 to 6 ASCII letters then 2 or 3 ASCII digits, nothing else.
    /// Scanned by hand: this runs on every word of every name, where a regex costs milliseconds.
    static func splitCode(_ word: Substring) -> [String]? {
        let bytes = word.utf8
        let letters = bytes.prefix { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }.count
        let digits = bytes.dropFirst(letters)
        guard (2...6).contains(letters), (2...3).contains(digits.count),
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        // Every byte is ASCII here, so byte counts are character counts.
        return [String(word.prefix(letters)), String(word.dropFirst(letters))]
    }

    /// The comparison key of a name in a territory of `departement`.
    public static func key(_ raw: String, departement: Departement?) -> [String] {
        var w = collapsingRepeats(words(raw))
        if w.count > 1, ["association", "asso"].contains(w[0]) { w.removeFirst() }
        if w.count > 1, ["la", "le", "les", "l"].contains(w[0]) { w.removeFirst() }
        if w.count > 2, ["mairie", "ville", "commune"].contains(w[0]), ["de", "d"].contains(w[1]) {
            w = ["commune"] + w.dropFirst(2)
        }
        if let departement { w = droppingQualifier(w, of: departement) }
        return w
    }

    /// "de communes de communes" → "de communes": a word group typed twice in a row.
    static func collapsingRepeats(_ words: [String]) -> [String] {
        var w = words
        for n in 1...3 {
            var i = 0
            while i + 2 * n <= w.count {
                if Array(w[i..<(i + n)]) == Array(w[(i + n)..<(i + 2 * n)]) { w.removeSubrange((i + n)..<(i + 2 * n)) } else { i += 1 }
            }
        }
        return w
    }

    /// Removes a trailing "63", "du Puy-de-Dôme" or "Puy-de-Dôme" naming `departement`.
    static func droppingQualifier(_ w: [String], of departement: Departement) -> [String] {
        for suffix in DepartementQualifier.spellings(of: departement) where w.count > suffix.count {
            if Array(w.suffix(suffix.count)) == suffix { return Array(w.dropLast(suffix.count)) }
        }
        return w
    }
}

/// How a document qualifies a body by its département: "63", "du Puy-de-Dôme", "Puy de Dôme".
enum DepartementQualifier {
    static func spellings(of d: Departement) -> [[String]] {
        [OrganisationAlias.words(d.ofName), OrganisationAlias.words(d.name), [d.code.lowercased()]]
    }

    /// The département named by the words after a body's kind, nil when they name none.
    static func departement(_ words: [String]) -> Departement? {
        guard !words.isEmpty else { return nil }
        if words.count == 1, let d = Departement.withCode(words[0]) { return d }
        if let d = Departement.named(words.joined(separator: " ")) { return d }
        var w = words[...]
        while let first = w.first, ["du", "de", "des", "la", "l", "d"].contains(first) { w = w.dropFirst() }
        return Departement.named(w.joined(separator: " "))
    }
}
