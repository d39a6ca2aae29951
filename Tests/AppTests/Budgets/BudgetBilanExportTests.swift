@testable import App
import Foundation
import Testing
import Vapor

/// The bilan's CSV and JSON carry the same budget as its page and PDF (issue 13).
@Suite struct BudgetBilanExportTests {
    @Test func theCSVHasPlannedAndSpentPerAxeAndTheTotals() async throws {
        try await withApp { app in
            let coordinateur = try await BudgetFinanceursTests.enter(app)
            let csv = try await coordinateur.get(Seed.path(.bilanCSV(year: 2024))).text
            let rows = csv.components(separatedBy: "\r\n").map { $0.components(separatedBy: ";") }
            #expect(rows.first?.suffix(2) == ["Prévu (€)", "Réalisé (€)"])
            // 2024: axe 1 = Beta 3 000 (spent unknown), axe 2 = Alpha 4 000 / 2 000; axes 3 and 4 have none.
            let axes = rows.filter { $0.count > 4 && $0[3] == "Axe" }
            #expect(axes.map { Array($0.suffix(2)) } == [["3000,00", ""], ["4000,00", "2000,00"], ["", ""], ["", ""]])
            let budget = rows.filter { $0.count > 4 && $0[3] == "Budget" }
            #expect(budget.map { [$0[5]] + $0.suffix(2) } == [["Année 2024", "7000,00", "2000,00"],
                                                            ["Toute la convention", "19500,50", "3000,00"]])
            // These rows hold no quoted ";": a plain split counts their cells, as many as the header's.
            #expect((axes + budget).allSatisfy { $0.count == BilanCSV.header.count })
        }
    }

    @Test func theJSONHasABudgetBlockBesideTheReport() async throws {
        try await withApp { app in
            let coordinateur = try await BudgetFinanceursTests.enter(app)
            let json = try await coordinateur.get(Seed.path(.bilanJSON(year: 2024))).body
            let root = try #require(try JSONSerialization.jsonObject(with: Data(buffer: json)) as? [String: Any])
            #expect(root["year"] as? Int == 2024)
            #expect((root["axes"] as? [Any])?.count == 4)
            let budget = try #require(root["budget"] as? [String: Any])
            let year = try #require(budget["year"] as? [String: Any])
            #expect(year["plannedCents"] as? Int == 700_000)
            #expect(year["spentCents"] as? Int == 200_000)
            let convention = try #require(budget["convention"] as? [String: Any])
            #expect(convention["plannedCents"] as? Int == 1_950_050)
            let axes = try #require(budget["axes"] as? [[String: Any]])
            #expect(axes.map { $0["number"] as? Int } == [1, 2])
            #expect(axes.map { ($0["amounts"] as? [String: Any])?["plannedCents"] as? Int } == [300_000, 400_000])
            // Axe 1's réalisé is not entered: no spentCents, rather than a zero.
            #expect((axes.first?["amounts"] as? [String: Any])?.keys.contains("spentCents") == false)
            #expect((axes.last?["amounts"] as? [String: Any])?["spentCents"] as? Int == 200_000)
        }
    }

    @Test func withoutBudgetLinesTheBlocksAreEmpty() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let json = try await coordinateur.get(Seed.path(.bilanJSON(year: 2024))).body
            let root = try #require(try JSONSerialization.jsonObject(with: Data(buffer: json)) as? [String: Any])
            let budget = try #require(root["budget"] as? [String: Any])
            #expect(budget["year"] is NSNull && budget["convention"] is NSNull)
            #expect((budget["axes"] as? [Any])?.isEmpty == true)
        }
    }
}
