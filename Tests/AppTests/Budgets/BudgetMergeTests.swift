@testable import App
import Fluent
import Testing
import Vapor

/// Merging two organisations carries their budget lines along, refuses when two lines would
/// become one, and the journal's « Restaurer » gives the lines back.
@Suite struct BudgetMergeTests {
    @Test func linesFollowTheMergeAndComeBackWithItsUndo() async throws {
        try await withApp { app in
            let from = try await BudgetFixture.organisation(app, "Caisse Gamma")
            let into = try await BudgetFixture.organisation(app, "Caisse Gamma et Delta")
            let path = try await BudgetFixture.path("1-2-3-A", app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            _ = try await coordinateur.post(path, ["year": "2023", "financeur": "\(from)", "planned": "500"])
            _ = try await coordinateur.post(path, ["year": "2024", "financeur": "\(into)", "planned": "700"])
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
            let from = try await BudgetFixture.organisation(app, "Caisse Gamma")
            let into = try await BudgetFixture.organisation(app, "Caisse Gamma et Delta")
            let path = try await BudgetFixture.path("1-2-3-A", app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            _ = try await coordinateur.post(path, ["year": "2023", "financeur": "\(from)", "planned": "500"])
            _ = try await coordinateur.post(path, ["year": "2023", "financeur": "\(into)", "planned": "700"])
            let territoryID = try await Seed.territoryID(on: app.db)
            await #expect(throws: AppError.self) {
                try await OrganisationMerge.merge(fromID: from, intoID: into, territoryID: territoryID, by: nil, on: app.db)
            }
            #expect(try await BudgetFixture.lines(app).map(\.$organisation.id) == [from, into])
            #expect(try await Organisation.find(from, on: app.db) != nil)
        }
    }
}
