@testable import App
import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

/// `ctg backup` / `ctg restore` on whichever engine the suite runs on.
@Suite struct BackupTests {
    @Test func roundTripGivesBackTheSameExportAndFollowUp() async throws {
        try await withApp { app in
            let folder = try temporaryFolder()
            let conventionID = try await Seed.conventionID(on: app.db)
            let before = try await PlanExport.document(conventionID: conventionID, on: app.db).1
            let usersBefore = try await User.query(on: app.db).count()
            try await TestAccounts.create(app, role: .coordinateur)

            try await DatabaseBackup.backup(app, to: folder + "/sauvegarde")

            // Damage after the backup: a title changed, an account added, every sous-action removed.
            let axe = try #require(try await Axe.query(on: app.db).sort(\.$number).first())
            axe.title = "Titre modifié après la sauvegarde"
            try await axe.save(on: app.db)
            try await TestAccounts.create(app, role: .lecteur)
            try await SousAction.query(on: app.db).delete()
            #expect(try await PlanExport.document(conventionID: conventionID, on: app.db).1 != before)

            try await DatabaseBackup.restore(app, from: folder + "/sauvegarde", safetyCopy: folder + "/avant")

            let after = try await PlanExport.document(conventionID: conventionID, on: app.db).1
            #expect(after == before)
            #expect(try await SousAction.query(on: app.db).count() == 46)
            #expect(try await User.query(on: app.db).count() == usersBefore + 1)
            #expect(FileManager.default.fileExists(atPath: folder + "/avant"))

            // The safety copy taken before the restore brings the damaged state back.
            try await DatabaseBackup.restore(app, from: folder + "/avant", safetyCopy: folder + "/avant-2")
            #expect(try await SousAction.query(on: app.db).count() == 0)
        }
    }

    /// On a SQLite file, as `ctg restore` runs: the FTS5 search index and its shadow tables were
    /// copied like plain tables and the restore failed ("fts5: corruption found reading blob").
    @Test func aFileDatabaseRestoresWithItsSearchIndex() async throws {
        let folder = try temporaryFolder()
        try await withFileApp(folder + "/ctg.sqlite", seeded: true) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            func matches(_ word: String) async throws -> Int {
                try await sql.raw("SELECT count(*) AS n FROM plan_search_fts WHERE plan_search_fts MATCH \(bind: word)")
                    .first()?.decode(column: "n", as: Int.self) ?? -1
            }
            try await PlanSearchIndex.rebuild(conventionID: try await Seed.conventionID(on: app.db), actionID: nil, on: app.db)
            let before = try await matches("famil")
            #expect(before > 0, "the seed speaks of familles (stored stemmed)")
            try await DatabaseBackup.backup(app, to: folder + "/sauvegarde")
            try await SousAction.query(on: app.db).delete()
            #expect(try await matches("famil") < before)

            try await DatabaseBackup.restore(app, from: folder + "/sauvegarde", safetyCopy: folder + "/avant")

            #expect(try await SousAction.query(on: app.db).count() == 46)
            #expect(try await matches("famil") == before)
            // FTS5's own check: the index agrees with its content table.
            try await sql.raw("INSERT INTO plan_search_fts(plan_search_fts) VALUES ('integrity-check')").run()
        }
    }

    @Test func refusesToOverwriteAFileOrRestoreSomethingElse() async throws {
        try await withApp { app in
            let folder = try temporaryFolder()
            let existing = folder + "/existe"
            FileManager.default.createFile(atPath: existing, contents: Data("à garder".utf8))
            await #expect(throws: AppError.self) { try await DatabaseBackup.backup(app, to: existing) }
            #expect(FileManager.default.contents(atPath: existing) == Data("à garder".utf8))

            let error = await #expect(throws: AppError.self) {
                try await DatabaseBackup.restore(app, from: existing, safetyCopy: folder + "/avant")
            }
            #expect(error?.reason.contains("n'est pas une sauvegarde") == true)
            await #expect(throws: AppError.self) {
                try await DatabaseBackup.restore(app, from: folder + "/absent", safetyCopy: folder + "/avant")
            }
            // Nothing was touched: no safety copy, the plan is whole.
            #expect(!FileManager.default.fileExists(atPath: folder + "/avant"))
            #expect(try await SousAction.query(on: app.db).count() == 46)
        }
    }

    @Test func safetyCopyIsDatedBesideTheBackup() {
        let date = Date(timeIntervalSince1970: 1_700_000_000) // 2023-11-14 22:13:20 UTC
        #expect(BackupFile.safetyCopyPath(beside: "/srv/sauvegardes/ctg.sqlite", engine: .sqlite, now: date)
                == "/srv/sauvegardes/ctg-avant-restauration-20231114-221320.sqlite")
        #expect(BackupFile.safetyCopyPath(beside: "ctg.sqlite", engine: .sqlite, now: date)
                == "ctg-avant-restauration-20231114-221320.sqlite")
    }
}

func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "ctg-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
