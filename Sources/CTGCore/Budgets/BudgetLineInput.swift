/// One budget line of a sous-action as typed in its form: a year of the convention, a
/// financeur, the budget prévisionnel and, once known, the réalisé. Everything is checked
/// before anything is written, and every problem is given at once, in French.
public struct BudgetLineInput: Equatable, Sendable {
    public var year: Int
    public var financeurID: Int
    public var plannedCents: Int
    public var spentCents: Int?

    public init(year: Int, financeurID: Int, plannedCents: Int, spentCents: Int?) {
        self.year = year
        self.financeurID = financeurID
        self.plannedCents = plannedCents
        self.spentCents = spentCents
    }

    /// One billion euros: above any CTG line, low enough to catch a SIRET typed in the box.
    public static let maximumCents = 1_000_000_000_00
    /// What the database also enforces (CHECK), so a year typed "224" never reaches it.
    public static let years = 2000...2100

    public static func read(year: String?, financeur: String?, planned: String?, spent: String?,
                            conventionYears: [Int], financeurIDs: Set<Int>) -> Result<BudgetLineInput, BudgetRefusal> {
        var reasons: [String] = []
        let yearText = (year ?? "").trimmingCharacters(in: .whitespaces)
        let parsedYear = Int(yearText)
        if yearText.isEmpty {
            reasons.append("Choisissez une année.")
        } else if parsedYear == nil {
            reasons.append("L'année « \(yearText) » n'est pas un nombre.")
        } else if let y = parsedYear, !conventionYears.contains(y) {
            let range = "\(conventionYears.first.map(String.init) ?? "?")–\(conventionYears.last.map(String.init) ?? "?")"
            reasons.append("L'année \(y) est en dehors de la convention (\(range)).")
        }
        let financeurID = Int((financeur ?? "").trimmingCharacters(in: .whitespaces))
        if financeurID == nil || !financeurIDs.contains(financeurID!) {
            reasons.append("Choisissez le financeur parmi les organisations du territoire.")
        }
        let plannedText = (planned ?? "").trimmingCharacters(in: .whitespaces)
        var plannedCents: Int?
        if plannedText.isEmpty {
            reasons.append("Indiquez le budget prévisionnel (0 si rien n'est prévu).")
        } else {
            plannedCents = amount(plannedText, field: "budget prévisionnel", reasons: &reasons)
        }
        let spentText = (spent ?? "").trimmingCharacters(in: .whitespaces)
        let spentCents = spentText.isEmpty ? nil : amount(spentText, field: "réalisé", reasons: &reasons)
        guard reasons.isEmpty, let parsedYear, let financeurID, let plannedCents, spentText.isEmpty || spentCents != nil else {
            return .failure(BudgetRefusal(reasons: reasons))
        }
        return .success(BudgetLineInput(year: parsedYear, financeurID: financeurID, plannedCents: plannedCents, spentCents: spentCents))
    }

    private static func amount(_ text: String, field: String, reasons: inout [String]) -> Int? {
        switch EuroAmount.cents(text, maximum: maximumCents) {
        case .success(let cents): return cents
        case .failure(.unreadable):
            reasons.append("Montant illisible : « \(text.prefix(30)) » (\(field) ; exemple : 12 500,50).")
        case .failure(.negative):
            reasons.append("Le \(field) « \(text.prefix(30)) » est négatif : un montant est positif ou nul.")
        case .failure(.tooManyDecimals):
            reasons.append("Le \(field) « \(text.prefix(30)) » a plus de deux décimales : un montant s'écrit au centime près.")
        case .failure(.tooLarge):
            reasons.append("Le \(field) « \(text.prefix(30)) » dépasse \(EuroAmount.format(maximumCents)).")
        }
        return nil
    }
}

/// The French sentences of a refused budget line; nothing was saved.
public struct BudgetRefusal: Error, Equatable, Sendable {
    public var reasons: [String]
    public init(reasons: [String]) { self.reasons = reasons }
}
