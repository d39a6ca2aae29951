@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import VaporTesting

@Suite struct ImportTests {
    private func counts(_ app: Application) async throws -> [Int] {
        [try await Axe.query(on: app.db).count(), try await Objectif.query(on: app.db).count(),
         try await PlanAction.query(on: app.db).count(), try await SousAction.query(on: app.db).count(),
         try await SousActionFunder.query(on: app.db).count(), try await ActionOrganisation.query(on: app.db).count(),
         try await Indicator.query(on: app.db).count(), try await Attendance.query(on: app.db).count()]
    }

    @Test func seedImportWritesThePlanCounts() async throws {
        try await withApp { app in
            let counts = try await counts(app)
            #expect(Array(counts.prefix(4)) == [4, 8, 18, 46])
            #expect(try await Territory.query(on: app.db).first()?.siren == "200072080")
        }
    }

    @Test func importingTheSameDocumentTwiceChangesNothing() async throws {
        try await withApp { app in
            let before = try await counts(app)
            let ids = try await SousAction.query(on: app.db).all().compactMap(\.id).sorted()
            let document = try DocumentSource.load(path: TestPaths.seedDocument)
            let summary = try await PlanImporter.run(document, sourceName: "again", on: app.db)
            #expect(summary.alreadyImported)
            #expect(try await counts(app) == before)
            #expect(try await SousAction.query(on: app.db).all().compactMap(\.id).sorted() == ids)
        }
    }

    @Test func jsonExportImportRoundTripGivesTheSamePlan() async throws {
        try await withApp { app in
            let id = try await Seed.conventionID(on: app.db)
            let (_, exported) = try await PlanExport.document(conventionID: id, on: app.db)
            let reparsed = try DocumentSource.parse(data: exported)
            let original = try DocumentSource.load(path: TestPaths.seedDocument)
            #expect(reparsed.plan == original.plan)
            #expect(reparsed.deliberation == original.deliberation)
            try await withApp(seeded: false) { fresh in
                _ = try await PlanImporter.run(reparsed, sourceName: "export.json", on: fresh.db)
                let freshID = try await Seed.conventionID(on: fresh.db)
                let (_, again) = try await PlanExport.document(conventionID: freshID, on: fresh.db)
                #expect(try DocumentSource.parse(data: again).plan == original.plan)
            }
        }
    }

    @Test(arguments: [
        ("", "vide"),
        ("\u{0}\u{1}\u{2}binaire\u{0}", "binaire"),
        ("Compte rendu de la fête du village. Merci à tous les bénévoles.", "ni une délibération"),
    ])
    func badInputIsRefusedInFrenchWithNothingWritten(input: String, expected: String) async throws {
        try await withApp(seeded: false) { app in
            var message = ""
            do {
                let document = try DocumentSource.parse(data: Data(input.utf8))
                _ = try await PlanImporter.run(document, sourceName: "bad", on: app.db)
            } catch let error as AppError {
                message = error.reason
            }
            #expect(message.contains(expected))
            #expect(try await Convention.query(on: app.db).count() == 0)
            #expect(try await Territory.query(on: app.db).count() == 0)
        }
    }

    @Test func truncatedDocumentImportsWhatIsThereWithWarnings() async throws {
        let full = try String(contentsOfFile: TestPaths.seedDocument, encoding: .utf8)
        let cut = String(full.prefix(full.count / 2))
        try await withApp(seeded: false) { app in
            let document = try DocumentSource.parse(data: Data(cut.utf8))
            let summary = try await PlanImporter.run(document, sourceName: "cut", on: app.db)
            // Fiches past the cut are known only from the outline: kept, but without their fields.
            #expect(summary.warnings.contains { $0.contains("tronqué") })
            let withDiagnostic = try await PlanAction.query(on: app.db).filter(\.$diagnostic != nil).count()
            #expect(withDiagnostic > 0 && withDiagnostic < 18)
            #expect(try await PlanAction.query(on: app.db).count() == summary.actions)
        }
    }
}
