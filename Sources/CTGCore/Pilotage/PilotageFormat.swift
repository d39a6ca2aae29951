/// French number formatting, written by hand so that output is identical on
/// macOS and Linux (Foundation's `fr_FR` data differs between platforms and
/// versions, e.g. U+00A0 vs U+202F as group separator).
///
/// Conventions (CLDR "fr"): decimal comma, narrow no-break space (U+202F)
/// between thousands groups and before "%". Years are never passed through
/// here: "2023" must not become "2 023".
public enum PilotageFormat {
    public static let groupSeparator = "\u{202F}"

    /// "1 234,5", "0,25", "-3". Trailing zeros are dropped; "-0" never appears.
    public static func number(_ value: Double, maxFractionDigits: Int = 2) -> String {
        guard value.isFinite else { return "—" }
        let digits = max(0, min(maxFractionDigits, 6))
        guard abs(value) < 1e15 else { return String(value) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = abs(value) * scale
        // The nudge rounds 2.675 to 2,68 as a reader expects, although the binary
        // double is 2.67499999…; it is far below any displayed digit.
        let rounded = Int64((scaled * (1 + 1e-12)).rounded())
        let whole = rounded / Int64(scale)
        var fraction = String(rounded % Int64(scale))
        if digits > 0 {
            fraction = String(repeating: "0", count: digits - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        } else {
            fraction = ""
        }
        let sign = (value < 0 && rounded != 0) ? "-" : ""
        return sign + grouped(whole) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// A value already in percentage points: 72.5 → "72,5 %".
    public static func percent(_ points: Double, maxFractionDigits: Int = 1) -> String {
        number(points, maxFractionDigits: maxFractionDigits) + groupSeparator + "%"
    }

    /// A 0…1 progress: 0.4567 → "46 %".
    public static func progress(_ fraction: Double) -> String {
        percent(fraction * 100, maxFractionDigits: 0)
    }

    /// Anything non-zero is "oui": yes/no indicators are stored as 1/0.
    public static func yesNo(_ value: Double) -> String { value != 0 ? "oui" : "non" }

    /// "+12 points", "-5 points", "0 point": progress deltas in the bilan comparison.
    public static func pointsDelta(_ fractionDelta: Double) -> String {
        let text = number(fractionDelta * 100, maxFractionDigits: 0)
        let unit = abs((fractionDelta * 100).rounded()) >= 2 ? "points" : "point"
        return (text.hasPrefix("-") || text == "0" ? text : "+" + text) + " " + unit
    }

    static func grouped(_ whole: Int64) -> String {
        let digits = Array(String(whole))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += groupSeparator }
            out.append(digit)
        }
        return out
    }
}
