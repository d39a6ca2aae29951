@testable import App
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Two coordinateurs send their spreadsheets at the same moment: each import is
/// written whole, one after the other, never interleaved nor lost to a lock error.
@Suite struct PlanSheetConcurrencyTests {
    @Test func twoImportsAtOnceAreBothWrittenWhole() async throws {
        try await withApp { app in
            let first = try await signIn(app, as: .coordinateur)
            let second = try await signIn(app, as: .coordinateur)
            let rows = try await PlanSheetFixture.exportedXLSX(first)
            try await second.get(Seed.path(.plan))
            let b = PlanSheetFixture.index(of: "2-1-1-B", in: rows)
            var one = rows, two = rows
            one[b][5] = "Version un"
            two[b][5] = "Version deux"
            two[b][6] = "2025"
            let files = [try PlanSheetFixture.xlsx(one), try PlanSheetFixture.xlsx(two)]
            let answers = try await withThrowingTaskGroup(of: TestingHTTPResponse.self) { group in
                for (browser, file) in zip([first, second], files) {
                    group.addTask { try await PlanSheetFixture.upload(browser, file, filename: "plan.xlsx") }
                }
                var answers: [TestingHTTPResponse] = []
                for try await answer in group { answers.append(answer) }
                return answers
            }
            #expect(answers.map(\.status) == [.ok, .ok])
            let sub = try #require(try await PlanSheetFixture.sousAction("2-1-1-B", app))
            // Whichever came last is the plan, whole: its title with its own years.
            #expect((sub.title == "Version un" && sub.years != [2025]) || (sub.title == "Version deux" && sub.years == [2025]))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .planImport).count() == 2)
            #expect(try await PlanBackup.query(on: app.db).count() == 2)
        }
    }
}
