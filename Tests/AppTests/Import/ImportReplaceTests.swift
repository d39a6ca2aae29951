@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor

/// `--replace` forces a damaged or smaller document in, but only after copying the
/// plan and its follow-up into a snapshot that brings everything back.
@Suite struct ImportReplaceTests {
    @Test func replaceIsJournaledAndTheSnapshotRestoresEverything() async throws {
        try await withApp { app in
            try await ImportGuardFixture.enterFollowUp(app)
            let sub = try #require(try await SousAction.query(on: app.db).filter(\.$code == "1-1-1-A").first())
            sub.weight = 2
            try await sub.save(on: app.db)
            let export = try await ImportGuardFixture.exportJSON(app)
            let followUp = try await ImportGuardFixture.followUp(app)
            let plan = try await ImportGuardFixture.planCounts(app)
            let statuses = try await SousActionStatusEntry.query(on: app.db).count()

            let halfDocument = ImportGuardFixture.damaged[1].bytes
            let document = try DocumentSource.parse(data: halfDocument)
            let summary = try await PlanImporter.run(document, sourceName: "moitié.txt", replace: true, on: app.db)
            let replacement = try #require(summary.replacement)
            #expect(replacement.hasPrefix("Plan remplacé (--replace) : "))
            #expect(try await ImportGuardFixture.followUp(app) != followUp)

            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .planImport).first())
            #expect(entry.summary.contains("moitié.txt") && entry.summary.contains("--replace"))
            #expect(entry.summary.contains("indicateurs") && entry.summary.contains("mesures"))
            let snapshot = try #require(try await PlanBackup.find(entry.entityID, on: app.db))
            #expect(replacement.contains("instantané n° \(try snapshot.requireID())"))

            let undo = try await SnapshotRestore.restore(snapshot, on: app.db)
            #expect(undo != snapshot.id)
            let restoreEntry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .planImport)
                .filter(\.$entityID == snapshot.id).sort(\.$id, .descending).first())
            #expect(restoreEntry.summary.hasPrefix("Plan restauré depuis l'instantané n° \(try snapshot.requireID())"))
            #expect(try await ImportGuardFixture.exportJSON(app) == export)
            #expect(try await ImportGuardFixture.followUp(app) == followUp)
            #expect(try await ImportGuardFixture.planCounts(app) == plan)
            #expect(try await SousActionStatusEntry.query(on: app.db).count() == statuses)
            let restored = try #require(try await SousAction.query(on: app.db).filter(\.$code == "1-1-1-A").first())
            #expect(restored.id == sub.id && restored.weight == 2)
            // The seed is "already imported" again: the restored convention kept its fingerprint.
            let again = try await PlanImporter.run(try DocumentSource.load(path: TestPaths.seedDocument),
                                                   sourceName: "seed", on: app.db)
            #expect(again.alreadyImported)
        }
    }

    @Test func replaceOverridesTheSuspectCheckToo() async throws {
        try await withApp { app in
            try await ImportGuardFixture.enterFollowUp(app)
            let document = try DocumentSource.parse(data: ImportGuardFixture.damaged[0].bytes)
            let summary = try await PlanImporter.run(document, sourceName: "court.txt", replace: true, on: app.db)
            #expect(summary.replacement?.contains("46 sous-actions") == true)
            #expect(try await SousAction.query(on: app.db).count() == 0)
            #expect(try await PlanBackup.query(on: app.db).count() == 1)
        }
    }
}
