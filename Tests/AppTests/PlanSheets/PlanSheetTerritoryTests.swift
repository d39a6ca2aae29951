@testable import App
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Each territory imports into its own plan only.
@Suite struct PlanSheetTerritoryTests {
    @Test func aCoordinateurImportsIntoTheirTerritoryAndNoOther() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)
            let browser = try await signIn(app, as: .coordinateur, territoryID: try other.requireID())
            let ownRef = TerritoryRef(slug: other.slug)
            let response = try await browser.get(ownRef.path(.planXLSX))
            #expect(response.status == .ok)
            var rows = try PlanSheetFile.table(Data(buffer: response.body), filename: "plan.xlsx").rows
                .map { row in (0..<11).map { row[$0]?.text ?? "" } }
            let b = PlanSheetFixture.index(of: "2-1-1-B", in: rows)
            rows[b][5] = "Tarifs du Val"
            let file = try PlanSheetFixture.xlsx(rows)

            let foreign = try await PlanSheetFixture.upload(browser, file, filename: "plan.xlsx", page: Seed.ref)
            #expect(foreign.status == .notFound)
            let own = try await PlanSheetFixture.upload(browser, file, filename: "plan.xlsx", page: ownRef)
            #expect(own.status == .ok)
            let titles = try await SousAction.query(on: app.db).filter(\.$code == "2-1-1-B").all().map(\.title).sorted()
            #expect(titles == ["Harmoniser les tarifs", "Tarifs du Val"])
        }
    }
}
