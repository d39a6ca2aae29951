@testable import App
import CTGCore
import Fluent
import Testing
import VaporTesting

/// One instance hosts every CTG of a CAF: a second territory's document lands
/// beside the first without touching it, in a space of its own: `/` lists both, and
/// neither territory's pages link to the other's.
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
            let second = try #require(try await Territory.query(on: app.db).filter(\.$siren == "200069177").first())
            try await app.testing().test(.GET, "/") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("href=\"/pays-de-saint-eloy\""))
                #expect(res.body.string.contains("href=\"/\(second.slug)\""))
            }
            try await app.testing().test(.GET, "/pays-de-saint-eloy") { res in
                #expect(res.status == .ok)
                #expect(!res.body.string.contains("convention=\(summary.conventionID)"))
                #expect(!res.body.string.contains("/\(second.slug)"))
            }
            try await app.testing().test(.GET, "/\(second.slug)/plan/fiches/1-1-1") { res in
                #expect(res.status == .ok)
            }
            // Its convention is not one of Saint-Eloy's pages.
            try await app.testing().test(.GET, "/pays-de-saint-eloy/plan/fiches/1-1-1?convention=\(summary.conventionID)") { res in
                #expect(res.status == .notFound)
            }
        }
    }
}

/// The convention's CAF is the one the document names, else the one of the territory's own
/// département, never a fixed one.
@Suite struct ConventionCAFTests {
    @Test func aTerritoryOfTheSartheSignsWithTheCAFOfTheSarthe() async throws {
        try await withApp { app in
            // The seed's stamps moved to the Sarthe (072) with another SIREN (200069177 passes Luhn),
            // and its text no longer naming the Puy-de-Dôme's CAF.
            let text = try String(contentsOfFile: TestPaths.seedDocument, encoding: .utf8)
                .replacingOccurrences(of: "063-200072080", with: "072-200069177")
                .replacingOccurrences(of: "CAF DU PUY DE\nDÔME", with: "CAF")
                .replacingOccurrences(of: "Familiales du Puy de Dôme", with: "Familiales")
                .replacingOccurrences(of: "CAF du Puy de Dôme", with: "CAF")
            let summary = try await PlanImporter.run(try DocumentParser.parse(text), sourceName: "sarthe", on: app.db)
            let convention = try #require(try await Convention.find(summary.conventionID, on: app.db))
            #expect(convention.cafName == "CAF de la Sarthe")
            let seed = try #require(try await Convention.query(on: app.db).sort(\.$id).first())
            #expect(seed.cafName == "CAF du Puy-de-Dôme")
        }
    }

    @Test func theCAFTheDocumentNamesWins() async throws {
        try await withApp { app in
            // Stamps of the Sarthe, but the text names the Puy-de-Dôme's CAF: the document says who signs.
            let text = try String(contentsOfFile: TestPaths.seedDocument, encoding: .utf8)
                .replacingOccurrences(of: "063-200072080", with: "072-200069177")
            let summary = try await PlanImporter.run(try DocumentParser.parse(text), sourceName: "sarthe", on: app.db)
            #expect(try await Convention.find(summary.conventionID, on: app.db)?.cafName == "CAF du Puy-de-Dôme")
        }
    }
}
