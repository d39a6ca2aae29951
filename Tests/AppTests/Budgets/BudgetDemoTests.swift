@testable import App
import Fluent
import Testing
import Vapor

/// The demo budget lines land on the sous-actions' own funders, marked as demo, once.
@Suite struct BudgetDemoTests {
    @Test func demoLinesAreLoadedOnce() async throws {
        try await withApp { app in
            try await BudgetDemo.load(app)
            let lines = try await BudgetFixture.lines(app)
            #expect(!lines.isEmpty)
            #expect(lines.allSatisfy { $0.isDemo })
            // Resources/Demo/budgets-demo.json: 1-2-3-A has 8 000 € (first funder) and 3 500 € (second) in 2023.
            let sub = try await SuiviFixture.sousAction("1-2-3-A", app)
            let ofSub = lines.filter { $0.$sousAction.id == sub.id }
            #expect(ofSub.map(\.plannedCents).sorted() == [350_000, 800_000])
            #expect(Set(ofSub.map { $0.$organisation.id }).count == 2)
            try await BudgetDemo.load(app)
            #expect(try await BudgetFixture.lines(app).count == lines.count)
        }
    }
}
