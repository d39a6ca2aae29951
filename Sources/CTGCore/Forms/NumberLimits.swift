/// Which typed numbers the site stores. A `Double` keeps about 15 significant digits:
/// `99999999999999999999999` came back as 1e23, so the figure someone typed was not the
/// figure the bilan showed. Refusing is more honest than rounding silently.
public enum NumberLimits {
    public static let maxSignificantDigits = 15
    /// Far above any count or amount of a CTG (families, euros, places), far below precision loss.
    public static let maxMagnitude = 1_000_000_000_000

    /// The French refusal for a plain decimal (`-12.5`, dot as separator), nil when it round-trips.
    public static func problem(decimal text: String, label: String, typed: String) -> String? {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        // Zeros that only place the point are not significant: 0.00012 has 2, 120.50 has 4.
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let significant = (String(parts.first ?? "") + fraction).drop { $0 == "0" }
        let value = Double(text) ?? .infinity
        guard significant.count > maxSignificantDigits || !value.isFinite || abs(value) > Double(maxMagnitude) else { return nil }
        return "\(label) : « \(typed) » est hors des nombres acceptés (au plus \(maxSignificantDigits) chiffres "
            + "significatifs, et \(FieldLimits.grouped(maxMagnitude)) en valeur absolue)."
    }
}
