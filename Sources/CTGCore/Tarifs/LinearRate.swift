/// The CAF-style "taux d'effort": the price is a share of the family's QF, kept between a
/// floor and a ceiling. The share is stored in ten-thousandths of a percent so that the
/// whole computation stays in integers and rounds once, to the cent.
public struct LinearRate: Equatable, Sendable {
    /// 1,25 % is 12 500.
    public var rateE4: Int
    public var floor: Int
    public var ceiling: Int

    public init(rateE4: Int, floor: Int, ceiling: Int) {
        self.rateE4 = rateE4; self.floor = floor; self.ceiling = ceiling
    }

    /// QF × taux, rounded half up to the cent, then held between floor and ceiling.
    /// QF 700 × 1,25 % = 8,75 €: 700 × 12 500 / 10 000 = 875 cents.
    public func price(qf: Int) -> Int {
        let raw = (max(qf, 0) * rateE4 + 5_000) / 10_000
        return min(max(raw, floor), ceiling)
    }

    /// "1,25 %", as typed.
    public var rateText: String {
        var fraction = String(rateE4 % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(rateE4 / 10_000)" + (fraction.isEmpty ? "" : ",\(fraction)") + "\u{A0}%"
    }

    /// "1,25" or "1.25 %" → 12 500; at most four decimals, between 0 and 100 %.
    public static func parseRate(_ text: String, label: String) -> Result<Int, TariffProblem> {
        let clean = text.replacingOccurrences(of: "%", with: "").filter { !$0.isWhitespace }
            .replacingOccurrences(of: ",", with: ".")
        if clean.hasPrefix("-") { return .failure(.init("\(label) : le taux d'effort « \(text) » est négatif.")) }
        let parts = clean.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        guard !(whole + fraction).isEmpty, (whole + fraction).allSatisfy(\.isASCIIDigitChar), whole.count <= 3 else {
            return .failure(.init("\(label) : « \(text) » n'est pas un taux (exemple : 1,25 pour 1,25 %)."))
        }
        guard fraction.count <= 4 else {
            return .failure(.init("\(label) : « \(text) » a plus de quatre décimales."))
        }
        let value = (Int(whole.isEmpty ? "0" : whole) ?? 0) * 10_000
            + (Int(fraction.padding(toLength: 4, withPad: "0", startingAt: 0)) ?? 0)
        guard value <= 100 * 10_000 else { return .failure(.init("\(label) : un taux d'effort ne dépasse pas 100 %.")) }
        return .success(value)
    }
}
