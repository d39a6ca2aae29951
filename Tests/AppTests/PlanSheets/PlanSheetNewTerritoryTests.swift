@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor

/// A territory started without a document: its empty convention gets its plan from a
/// spreadsheet made elsewhere (the openpyxl fixture), and gives it back as it was read.
@Suite struct PlanSheetNewTerritoryTests {
    static func fixture(_ name: String) -> String {
        TestPaths.packageRoot + "/Tests/Fixtures/spreadsheets/\(name)"
    }

    @Test func aSpreadsheetBuildsTheFirstPlanOfANewTerritory() async throws {
        try await withApp { app in
            let territory = try await Territory.create(name: "Communauté de communes du Val de Brume", siren: "200000172",
                                                       departement: "23", on: app.db)
            let convention = Convention(territoryID: try territory.requireID(), title: "CTG du Val de Brume 2024-2027",
                                        cafName: "CAF de la Creuse", signatories: "", startYear: 2024, endYear: 2027,
                                        sourceHash: "", sourceName: "saisie")
            try await convention.create(on: app.db)
            let id = try convention.requireID()
            try await PlanSheetCommandTests.run(PlanSheetImportCommand(),
                                                [Self.fixture("plan-openpyxl.xlsx"), "--territory", territory.slug], app: app)
            let tree = try await PlanTree.load(conventionID: id, on: app.db)
            #expect(tree.axes.map(\.number) == [1, 2])
            #expect(tree.actions.map(\.code) == ["1-1-1", "1-2-1", "2-1-1"])
            let fiche = try #require(tree.actions.first)
            #expect(fiche.leads.map(\.label) == ["CC du Val de Brume"])
            #expect(fiche.sortedSousActions.map(\.title) == ["Étudier le besoin", "Construire le bâtiment"])
            #expect(fiche.sortedSousActions.map(\.years) == [[2024], [2025, 2026]])
            // The seeded territory's plan is untouched.
            #expect(try await SousAction.query(on: app.db).count() == 46 + 3)
            #expect(PlanCSV.rows(tree).count == 4)
            #expect(PlanCSV.rows(tree)[1][5] == "Construire le bâtiment")
        }
    }
}
