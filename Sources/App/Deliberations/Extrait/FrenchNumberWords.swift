/// Numbers in French words, as registers write the year: "L'an deux mille vingt-deux".
/// Traditional spelling (hyphens below one hundred only), enough for years 1000–2999.
enum FrenchNumberWords {
    private static let units = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                                "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
                                "dix-sept", "dix-huit", "dix-neuf"]
    private static let tens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"]

    static func words(_ n: Int) -> String {
        switch n {
        case ..<0: return "moins " + words(-n)
        case 0..<20: return units[n]
        case 20..<100: return belowHundred(n)
        case 100..<1000:
            let (h, rest) = (n / 100, n % 100)
            let head = h == 1 ? "cent" : units[h] + " cent" + (rest == 0 ? "s" : "")
            return rest == 0 ? head : head + " " + words(rest)
        default:
            let (t, rest) = (n / 1000, n % 1000)
            let head = t == 1 ? "mille" : words(t) + " mille"
            return rest == 0 ? head : head + " " + words(rest)
        }
    }

    private static func belowHundred(_ n: Int) -> String {
        let (t, u) = (n / 10, n % 10)
        // 70–79 and 90–99 count on from soixante-dix and quatre-vingt-dix.
        let unit = (t == 7 || t == 9) ? u + 10 : u
        if unit == 0 { return t == 8 ? "quatre-vingts" : tens[t] }
        if u == 1 && t != 8 && t != 9 { return tens[t] + " et " + (t == 7 ? "onze" : "un") }
        return tens[t] + "-" + units[unit]
    }
}
