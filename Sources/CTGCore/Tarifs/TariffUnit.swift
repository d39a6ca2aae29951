/// What a family pays for at an accueil de loisirs: a day or a half-day, with or without the meal.
public enum TariffUnit: String, CaseIterable, Codable, Sendable {
    case dayMeal = "journee-repas"
    case day = "journee"
    case halfDayMeal = "demi-journee-repas"
    case halfDay = "demi-journee"

    public var label: String {
        switch self {
        case .dayMeal: "Journée avec repas"
        case .day: "Journée sans repas"
        case .halfDayMeal: "Demi-journée avec repas"
        case .halfDay: "Demi-journée sans repas"
        }
    }

    /// Lower-case, inside a sentence.
    public var phrase: String {
        switch self {
        case .dayMeal: "journée avec repas"
        case .day: "journée sans repas"
        case .halfDayMeal: "demi-journée avec repas"
        case .halfDay: "demi-journée sans repas"
        }
    }
}

/// Money is counted in whole cents: a `Double` would turn 0,10 € × 3 into 0,30000000000000004 €.
public enum Cents {
    /// Far above any day at an accueil de loisirs; catches a QF typed in the price box.
    public static let maximum = 100_000_00

    /// "12,50", "12.5", "12,50 €", "8" → cents; a French refusal for anything else.
    /// - Parameter label: names the box in the message ("Tranche 2, journée avec repas").
    public static func parse(_ text: String, label: String) -> Result<Int, TariffProblem> {
        var clean = text.replacingOccurrences(of: "€", with: "").filter { !$0.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }
        if clean.hasPrefix("-") {
            return .failure(.init("\(label) : le prix « \(text) » est négatif ; un tarif est un montant positif ou nul."))
        }
        clean = clean.replacingOccurrences(of: ",", with: ".")
        let parts = clean.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        guard !whole.isEmpty || !fraction.isEmpty, whole.allSatisfy(\.isASCIIDigitChar), fraction.allSatisfy(\.isASCIIDigitChar) else {
            return .failure(.init("\(label) : « \(text) » n'est pas un prix (exemple : 12,50)."))
        }
        guard fraction.count <= 2 else {
            return .failure(.init("\(label) : « \(text) » a plus de deux décimales ; un prix s'écrit au centime près."))
        }
        guard whole.count <= 7, let euros = Int(whole.isEmpty ? "0" : whole) else {
            return .failure(.init("\(label) : « \(text) » dépasse \(format(maximum))."))
        }
        let cents = euros * 100 + (Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0)
        guard cents <= maximum else { return .failure(.init("\(label) : « \(text) » dépasse \(format(maximum)).")) }
        return .success(cents)
    }

    /// "8,40 €", "1 250,00 €" (narrow no-break space between thousands, as French typography wants).
    public static func format(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        let euros = String(value / 100)
        var grouped = ""
        for (index, char) in euros.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append("\u{202F}") }
            grouped.append(char)
        }
        let fraction = value % 100 < 10 ? "0\(value % 100)" : "\(value % 100)"
        return sign + String(grouped.reversed()) + "," + fraction + "\u{A0}€"
    }

    /// The form's value for an input box: "8,40", no symbol.
    public static func input(_ cents: Int?) -> String {
        guard let cents else { return "" }
        return "\(cents / 100)," + (cents % 100 < 10 ? "0" : "") + "\(cents % 100)"
    }
}

/// One French sentence saying why a grid or a form value is refused.
public struct TariffProblem: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

extension Character {
    var isASCIIDigitChar: Bool { ("0"..."9").contains(self) }
}
