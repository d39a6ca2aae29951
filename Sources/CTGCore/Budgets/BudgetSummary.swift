/// Planned and spent amounts added up: one figure of `/financeurs`, the exports and the bilan.
public struct BudgetAmounts: Equatable, Sendable {
    public var plannedCents = 0
    public var spentCents = 0
    /// Whether any line has a réalisé: "0 €" spent and "not known yet" must read differently.
    public var spentKnown = false

    public init() {}

    public mutating func add(planned: Int, spent: Int?) {
        plannedCents += planned
        if let spent {
            spentCents += spent
            spentKnown = true
        }
    }

    /// Réalisé over prévu, in 0…n (it may exceed 1); nil without a réalisé or a budget.
    public var rate: Double? {
        guard spentKnown, plannedCents > 0 else { return nil }
        return Double(spentCents) / Double(plannedCents)
    }

    public var plannedText: String { EuroAmount.format(plannedCents) }
    public var spentText: String { spentKnown ? EuroAmount.format(spentCents) : "—" }
    public var rateText: String { rate.map { PilotageFormat.percent($0 * 100, maxFractionDigits: 0) } ?? "—" }
}

/// The budget lines of a convention added up per financeur, per axe, and per axe × financeur.
public struct BudgetSummary: Equatable, Sendable {
    /// One line as stored: which axe its sous-action belongs to, which financeur, the amounts.
    public struct Line: Equatable, Sendable {
        public var axe: String
        public var financeur: String
        public var plannedCents: Int
        public var spentCents: Int?

        public init(axe: String, financeur: String, plannedCents: Int, spentCents: Int?) {
            self.axe = axe
            self.financeur = financeur
            self.plannedCents = plannedCents
            self.spentCents = spentCents
        }
    }

    public struct Group: Equatable, Sendable {
        public var name: String
        public var amounts: BudgetAmounts
    }

    public struct Cell: Equatable, Sendable {
        public var axe: String
        public var financeur: String
        public var amounts: BudgetAmounts
    }

    /// Largest planned budget first, so the CAF and the communauté de communes lead.
    public var financeurs: [Group]
    /// In plan order; axes without any line are left out.
    public var axes: [Group]
    /// Axe by axe in plan order, financeurs by name inside each.
    public var cells: [Cell]
    public var total: BudgetAmounts

    public var isEmpty: Bool { cells.isEmpty }

    /// - Parameter axeOrder: the axes' labels in plan order.
    public static func build(_ lines: [Line], axeOrder: [String]) -> BudgetSummary {
        var byFinanceur: [String: BudgetAmounts] = [:]
        var byAxe: [String: BudgetAmounts] = [:]
        var byCell: [String: [String: BudgetAmounts]] = [:]
        var total = BudgetAmounts()
        for line in lines {
            byFinanceur[line.financeur, default: .init()].add(planned: line.plannedCents, spent: line.spentCents)
            byAxe[line.axe, default: .init()].add(planned: line.plannedCents, spent: line.spentCents)
            byCell[line.axe, default: [:]][line.financeur, default: .init()].add(planned: line.plannedCents, spent: line.spentCents)
            total.add(planned: line.plannedCents, spent: line.spentCents)
        }
        let financeurs = byFinanceur.map { Group(name: $0.key, amounts: $0.value) }
            .sorted { ($0.amounts.plannedCents, $1.name) > ($1.amounts.plannedCents, $0.name) }
        // Axes the caller did not list (none expected) still count, after the known ones.
        let order = axeOrder + byAxe.keys.filter { !axeOrder.contains($0) }.sorted()
        let axes = order.compactMap { name in byAxe[name].map { Group(name: name, amounts: $0) } }
        let cells = axes.flatMap { axe in
            (byCell[axe.name] ?? [:]).sorted { $0.key < $1.key }.map { Cell(axe: axe.name, financeur: $0.key, amounts: $0.value) }
        }
        return BudgetSummary(financeurs: financeurs, axes: axes, cells: cells, total: total)
    }
}
