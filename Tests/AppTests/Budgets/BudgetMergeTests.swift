@testable import App
import Fluent
import Testing
import Vapor

/// Merging two organisations carries their budget lines along, refuses when two lines would
/// become one, and the journal's « Restaurer » gives the lines back.
@Suite struct BudgetMergeTests {
    /// Two organisations, each with a line on 1-2-3-A: 500 € in 2023 and 700 € in `secondYear`.
    static func twoFinanceurs(_ app: Application, secondYear: String) async throws -> (Int, Int, Browser) {
        let from = try await BudgetFixture.organisation(app, "Caisse Gamma")
        let into = try await BudgetFixture.organisation(app, "Caisse Gamma et Delta")
        let path = try await BudgetFixture.path("1-2-3-A", app)
        let coordinateur = try await signIn(app, as: .coordinateur)
        _ = try await coordinateur.post(path, ["year": "2023", "financeur": "\(from)", "planned": "500"])
        _ = try await coordinateur.post(path, ["year": secondYear, "financeur": "\(into)", "planned": "700"])
        return (from, into, coordinateur)
    }

    @Test func linesFollowTheMergeAndComeBackWithItsUndo() async throws {
        try await withApp { app in
            let (from, into, coordinateur) = try await Self.twoFinanceurs(app, secondYear: "2024")
            let territoryID = try await Seed.territoryID(on: app.db)
            _ = try await OrganisationMerge.merge(fromID: from, intoID: into, territoryID: territoryID, by: nil, on: app.db)
            #expect(try await BudgetFixture.lines(app).map(\.$organisation.id) == [into, into])
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .organisation).first())
            #expect(try await coordinateur.post(SiteURL.adminJournalRestore(entryID: try entry.requireID()).path).status == .seeOther)
            let lines = try await BudgetFixture.lines(app)
            #expect(lines.map(\.plannedCents) == [500_00, 700_00])
            #expect(lines[1].$organisation.id == into)
            #expect(lines[0].$organisation.id != into && lines[0].$organisation.id != from)
        }
    }

    @Test func twoLinesThatWouldBecomeOneStopTheMerge() async throws {
        try await withApp { app in
            let (from, into, _) = try await Self.twoFinanceurs(app, secondYear: "2023")
            let territoryID = try await Seed.territoryID(on: app.db)
            await #expect(throws: AppError.self) {
                try await OrganisationMerge.merge(fromID: from, intoID: into, territoryID: territoryID, by: nil, on: app.db)
            }
            #expect(try await BudgetFixture.lines(app).map(\.$organisation.id) == [from, into])
            #expect(try await Organisation.find(from, on: app.db) != nil)
        }
    }
}
