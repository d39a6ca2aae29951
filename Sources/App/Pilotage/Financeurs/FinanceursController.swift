import Fluent
import Vapor

/// `/financeurs`: who funds which fiche, for the signed-in users of the territory.
struct FinanceursPage: Encodable {
    var layout: Layout
    var conventionTitle: String
    var matrix: FinanceursMatrix
    var suiviHref: String
    var ganttHref: String
    /// The amounts of the budget lines (issue 13).
    var budget: FinanceursBudget
}

enum FinanceursController {
    @Sendable static func show(req: Request) async throws -> View {
        let conventionID = try await req.userConventionID()
        let scope = try await req.territoryScope()
        let tree = try await PlanTree.load(conventionID: conventionID, on: req.db)
        return try await req.view.render("financeurs", FinanceursPage(
            layout: Layout(title: "Financeurs du plan d'actions", scope: scope), conventionTitle: tree.convention.title,
            matrix: try await matrix(tree: tree, on: req.db),
            suiviHref: scope.path(.suivi), ganttHref: scope.path(.gantt),
            budget: try await FinanceursBudget.load(req, scope: scope, convention: tree.convention)))
    }

    static func matrix(tree: PlanTree, on db: any Database) async throws -> FinanceursMatrix {
        let conventionID = try tree.convention.requireID()
        let names = try await SuiviTable.organisationNames(territoryID: try tree.territory.requireID(), on: db)
        return FinanceursMatrix.build(actions: tree.actions.map { action in
            (code: action.code, title: action.title,
             href: tree.ref.path(.fiche(code: action.code)),
             subActions: action.sortedSousActions.map { sub in
                 // One name per body: a funder linked to an organisation shows its canonical name.
                 SuiviTable.unique(sub.sortedFunders.map { f in f.$organisation.id.flatMap { names[$0] } ?? f.label })
             })
        })
    }
}
