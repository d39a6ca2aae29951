@testable import App
import Fluent
import Testing
import Vapor

/// A sous-action with budget lines is follow-up: the plan editor refuses to delete it, as it
/// refuses one with statuses, instead of letting the lines cascade away.
@Suite struct BudgetEditorTests {
    @Test func aSousActionWithABudgetIsNotDeleted() async throws {
        try await withApp { app in
            let editor = try await PlanEditorFixture.withConvention(app)
            let scope = try await editor.scope()
            let axe = try await PlanEditor.addAxe(title: "Parentalité", in: scope, on: app.db)
            let objectif = try await PlanEditor.addObjectif(axeID: axe.requireID(), title: "Soutenir les parents", in: scope, on: app.db)
            let fiche = try await PlanEditor.addFiche(objectifID: objectif.requireID(),
                                                      fields: .init(title: "Café des parents", leads: [], partners: [], indicators: [], results: []),
                                                      in: scope, on: app.db)
            let sub = try await PlanEditor.addSousAction(actionID: fiche.requireID(), fields: .init(title: "Animation", years: [2025], funders: []),
                                                         in: scope, on: app.db)
            let funder = try await BudgetFixture.organisation(app, "Mutuelle Epsilon", territoryID: scope.territoryID)
            try await BudgetLine(territoryID: scope.territoryID, conventionID: editor.conventionID, sousActionID: sub.requireID(),
                                 input: .init(year: 2025, financeurID: funder, plannedCents: 900_00, spentCents: nil)).create(on: app.db)
            let refused = try await editor.post(.deletion(.sousAction, id: try sub.requireID()), ["confirm": "1"])
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("son suivi compte 1 ligne de budget"))
            #expect(try await SousAction.find(sub.requireID(), on: app.db) != nil)
            #expect(try await BudgetFixture.lines(app).count == 1)
        }
    }
}
