import CTGCore

/// Planned and spent euros in the bilan: an axe's for the bilan's year, the year's total and the
/// convention's. A plain value, so any renderer of `BilanDocument` (page, print, PDF) can show it.
struct BilanBudget: Encodable, Sendable {
    var plannedCents: Int
    /// Nil while no réalisé is entered.
    var spentCents: Int?
    var planned: String
    var spent: String
    /// "38 %", or "—" without a réalisé.
    var rate: String

    init?(_ amounts: BudgetAmounts, lineCount: Int) {
        guard lineCount > 0 else { return nil }
        plannedCents = amounts.plannedCents
        spentCents = amounts.spentKnown ? amounts.spentCents : nil
        planned = amounts.plannedText
        spent = amounts.spentText
        rate = amounts.rateText
    }

    /// The budget blocks of a bilan of `year`, from the convention's lines.
    struct Parts: Sendable {
        var axes: [Int: BilanBudget] = [:]
        var year: BilanBudget?
        var convention: BilanBudget?
    }

    static func parts(_ entries: [BudgetQuery.Entry], year: Int) -> Parts {
        let ofYear = entries.filter { $0.year == year }
        var parts = Parts()
        for (number, lines) in Dictionary(grouping: ofYear.filter { $0.axeNumber != nil }, by: { $0.axeNumber! }) {
            parts.axes[number] = BilanBudget(sum(lines), lineCount: lines.count)
        }
        parts.year = BilanBudget(sum(ofYear), lineCount: ofYear.count)
        parts.convention = BilanBudget(sum(entries), lineCount: entries.count)
        return parts
    }

    private static func sum(_ entries: [BudgetQuery.Entry]) -> BudgetAmounts {
        entries.reduce(into: BudgetAmounts()) { $0.add(planned: $1.line.plannedCents, spent: $1.line.spentCents) }
    }
}
