/// Amounts of money as typed by French users and shown back to them, counted in whole cents:
/// a `Double` would turn 0,10 € × 3 into 0,30000000000000004 €. The one parser and formatter of
/// euros in the app: ALSH tariffs (`Cents`), chantier estimates and budget lines all go through it.
public enum EuroAmount {
    /// Why a typed amount was refused; each caller words the sentence for its own form.
    public enum Refusal: Error, Equatable, Sendable {
        case unreadable
        case negative
        case tooManyDecimals
        case tooLarge
    }

    /// "12 500,50", "12500 €", "1 234,5", "8.4", ",5" → cents. Spaces of any kind (a copied
    /// "12 500,50 €" carries narrow no-break ones) and the euro sign are ignored; one decimal
    /// separator, comma or point, with at most two digits after it.
    public static func cents(_ text: String, maximum: Int) -> Result<Int, Refusal> {
        var clean = text.replacingOccurrences(of: "€", with: "").filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }
        if clean.hasPrefix("-") {
            // "-" followed by something readable is a negative amount; anything else is just unreadable.
            clean.removeFirst()
            return cents(clean, maximum: maximum).flatMap { _ in Result<Int, Refusal>.failure(.negative) }
        }
        clean = clean.replacingOccurrences(of: ",", with: ".")
        let parts = clean.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return .failure(.unreadable) }
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        guard !whole.isEmpty || !fraction.isEmpty,
              whole.allSatisfy(\.isASCIIDigitChar), fraction.allSatisfy(\.isASCIIDigitChar) else {
            return .failure(.unreadable)
        }
        guard fraction.count <= 2 else { return .failure(.tooManyDecimals) }
        let maxDigits = String(maximum / 100).count
        guard whole.drop(while: { $0 == "0" }).count <= maxDigits, let euros = Int(whole.isEmpty ? "0" : whole) else {
            return .failure(.tooLarge)
        }
        let value = euros * 100 + (Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
        return value <= maximum ? .success(value) : .failure(.tooLarge)
    }

    /// "8,40 €", "1 250,00 €": narrow no-break space between thousands (as `PilotageFormat`),
    /// no-break space before the sign. `wholeEurosBare` drops ",00" ("4 500 €") where round
    /// amounts are the rule (estimates), not in price lists where the cents line up.
    public static func format(_ cents: Int, wholeEurosBare: Bool = false) -> String {
        let sign = cents < 0 ? "-" : ""
        let value = cents.magnitude
        let rest = value % 100
        let fraction = wholeEurosBare && rest == 0 ? "" : "," + (rest < 10 ? "0" : "") + String(rest)
        return sign + PilotageFormat.grouped(Int64(value / 100)) + fraction + "\u{A0}€"
    }

    /// The value of an input box: "8,40", no symbol nor grouping, so it parses back as is.
    public static func input(_ cents: Int?) -> String {
        guard let cents else { return "" }
        return "\(cents / 100)," + (cents % 100 < 10 ? "0" : "") + "\(cents % 100)"
    }
}

extension Character {
    var isASCIIDigitChar: Bool { ("0"..."9").contains(self) }
}
