/// One line of a grid: the families whose quotient familial falls between two bounds pay these prices.
/// QFs are whole euros, as the CAF and the MSA state them, so "jusqu'à 700 exclu" and
/// "jusqu'à 699 inclus" cover the same families.
public struct QFBracket: Equatable, Sendable {
    public var lower: Int
    public var lowerInclusive: Bool
    /// Nil: no upper bound ("1 500 et plus").
    public var upper: Int?
    public var upperInclusive: Bool
    /// Cents per unit; a unit the structure does not offer is absent.
    public var prices: [TariffUnit: Int]

    public init(lower: Int, lowerInclusive: Bool = true, upper: Int?, upperInclusive: Bool = false, prices: [TariffUnit: Int]) {
        self.lower = lower; self.lowerInclusive = lowerInclusive
        self.upper = upper; self.upperInclusive = upperInclusive
        self.prices = prices
    }

    /// The smallest QF of the bracket.
    public var first: Int { lowerInclusive ? lower : lower + 1 }
    /// The largest QF of the bracket; nil when open.
    public var last: Int? { upper.map { upperInclusive ? $0 : $0 - 1 } }

    public func contains(_ qf: Int) -> Bool {
        guard qf >= first else { return false }
        if let last { return qf <= last }
        return true
    }

    /// The QF standing for the bracket's families when only its attendance is known: the middle
    /// of a closed bracket, the lower bound of the open one (a cautious guess: nothing says how far above it they are).
    public var representativeQF: Int {
        guard let last else { return first }
        return (first + last) / 2
    }

    /// "de 0 à 699", "de 700 à 999", "1 000 et plus" — bounds as the families read them.
    public var label: String {
        let from = TariffText.qf(first)
        guard let last else { return "\(from) et plus" }
        return "de \(from) à \(TariffText.qf(last))"
    }
}

public enum TariffText {
    /// A QF with the French thousands separator: "1 500".
    public static func qf(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, char) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { out.append("\u{202F}") }
            out.append(char)
        }
        return (value < 0 ? "-" : "") + String(out.reversed())
    }
}
