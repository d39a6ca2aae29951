@testable import App
import CTGCore
import Fluent
import Testing
import VaporTesting

/// One instance hosts every CTG of a CAF: a second territory's document lands
/// beside the first without touching it, and each home page links to the other.
@Suite struct MultiTerritoryTests {
    /// The seed with another EPCI's SIREN (200069177 passes Luhn) in every stamp.
    private func secondTerritoryDocument() throws -> ParsedDocument {
        let text = try String(contentsOfFile: TestPaths.seedDocument, encoding: .utf8)
            .replacingOccurrences(of: "200072080", with: "200069177")
        return try DocumentParser.parse(text)
    }

    @Test func aSecondTerritoryIsImportedBesideTheFirst() async throws {
        try await withApp { app in
            let summary = try await PlanImporter.run(try secondTerritoryDocument(), sourceName: "autre", on: app.db)
            #expect(!summary.alreadyImported)
            #expect(try await Territory.query(on: app.db).count() == 2)
            #expect(try await Convention.query(on: app.db).count() == 2)
            #expect(try await PlanAction.query(on: app.db).count() == 36)
            let first = try #require(try await Convention.query(on: app.db).sort(\.$id).first()?.id)
            try await app.testing().test(.GET, "/?convention=\(first)") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("?convention=\(summary.conventionID)"))
            }
            try await app.testing().test(.GET, "/plan/fiches/1-1-1?convention=\(summary.conventionID)") { res in
                #expect(res.status == .ok)
            }
        }
    }
}
