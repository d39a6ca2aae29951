import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let budgetLine: AuditEntity = "budget_line"
}

/// A sous-action's budget for one year and one financeur (an organisation of the territory,
/// the same identity as the "Moyens financiers" funders), in cents.
final class BudgetLine: Model, @unchecked Sendable {
    static let schema = "budget_lines"

    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Parent(key: "convention_id") var convention: Convention
    @Parent(key: "sous_action_id") var sousAction: SousAction
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "year") var year: Int
    @Field(key: "planned_cents") var plannedCents: Int64
    @OptionalField(key: "spent_cents") var spentCents: Int64?
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(territoryID: Int, conventionID: Int, sousActionID: Int, input: BudgetLineInput, isDemo: Bool = false) {
        $territory.id = territoryID
        $convention.id = conventionID
        $sousAction.id = sousActionID
        apply(input)
        self.isDemo = isDemo
    }

    func apply(_ input: BudgetLineInput) {
        $organisation.id = input.financeurID
        year = input.year
        plannedCents = Int64(input.plannedCents)
        spentCents = input.spentCents.map(Int64.init)
    }

    var planned: Int { Int(plannedCents) }
    var spent: Int? { spentCents.map { Int($0) } }

    /// How the journal and the confirmation page name the line: "2024, CAF : prévu 12 500,00 €, réalisé —".
    func describe(financeur: String) -> String {
        "\(year), \(financeur) : prévu \(EuroAmount.format(planned)), réalisé \(spent.map { EuroAmount.format($0) } ?? "non renseigné")"
    }
}
