/// Numbers written out in words, as formal French deliberations date themselves:
/// "deux mille dix-neuf", "mil neuf cent quatre-vingt-dix-neuf", "vingt et un".
enum FrenchNumberWords {
    private static let units: [String: Int] = [
        "zero": 0, "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
        "soixante": 60,
    ]

    /// Whether a folded word (lowercase, no accents) can be part of a number in words.
    static func isNumberWord(_ word: String) -> Bool {
        word.split(separator: "-").allSatisfy { part in
            units[String(part)] != nil || ["et", "cent", "cents", "mille", "mil"].contains(String(part))
        }
    }

    /// The value of folded words such as ["deux", "mille", "vingt-deux"]; nil if any is not a number word.
    static func value(_ words: [String]) -> Int? {
        let parts = words.flatMap { $0.split(separator: "-").map(String.init) }.filter { $0 != "et" }
        guard !parts.isEmpty else { return nil }
        var total = 0
        var current = 0
        var previous: String?
        for part in parts {
            switch part {
            case "cent", "cents":
                current = max(current, 1) * 100
            case "mille", "mil":
                total += max(current, 1) * 1000
                current = 0
            default:
                if part.hasPrefix("vingt"), previous == "quatre", current % 100 == 4 {
                    current += 76 // "quatre-vingt": the four already counted becomes eighty
                    break
                }
                guard let unit = units[part] else { return nil }
                current += unit
            }
            previous = part
        }
        return total + current
    }
}
