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

/// Tariff prices: `EuroAmount` with the tariff forms' bound and French sentences.
public enum Cents {
    /// Far above any day at an accueil de loisirs; catches a QF typed in the price box.
    public static let maximum = 100_000_00

    /// "12,50", "12.5", "12,50 €", "8" → cents; a French refusal for anything else.
    /// - Parameter label: names the box in the message ("Tranche 2, journée avec repas").
    public static func parse(_ text: String, label: String) -> Result<Int, TariffProblem> {
        EuroAmount.cents(text, maximum: maximum).mapError { refusal in
            switch refusal {
            case .negative: TariffProblem("\(label) : le prix « \(text) » est négatif ; un tarif est un montant positif ou nul.")
            case .unreadable: TariffProblem("\(label) : « \(text) » n'est pas un prix (exemple : 12,50).")
            case .tooManyDecimals: TariffProblem("\(label) : « \(text) » a plus de deux décimales ; un prix s'écrit au centime près.")
            case .tooLarge: TariffProblem("\(label) : « \(text) » dépasse \(format(maximum)).")
            }
        }
    }

    /// "8,40 €", "1 250,00 €".
    public static func format(_ cents: Int) -> String { EuroAmount.format(cents) }

    /// The form's value for an input box: "8,40", no symbol.
    public static func input(_ cents: Int?) -> String { EuroAmount.input(cents) }
}

/// One French sentence saying why a grid or a form value is refused.
public struct TariffProblem: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
