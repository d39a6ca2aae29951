@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor

/// Issue 7 §1: a damaged re-import never removes a status, a measurement, an
/// assessment or a target, and says in French why it refused.
@Suite struct ImportGuardTests {
    @Test(arguments: ImportGuardFixture.damaged.indices)
    func damagedDocumentsRemoveNothing(index: Int) async throws {
        let (name, bytes) = ImportGuardFixture.damaged[index]
        try await withApp { app in
            try await ImportGuardFixture.enterFollowUp(app)
            let followUp = try await ImportGuardFixture.followUp(app)
            let plan = try await ImportGuardFixture.planCounts(app)
            let export = try await ImportGuardFixture.exportJSON(app)
            let journal = try await AuditEntry.query(on: app.db).count()
            let refusal = try await ImportGuardFixture.refusal(bytes, on: app)
            #expect(try await ImportGuardFixture.followUp(app) == followUp, "\(name)")
            #expect(try await ImportGuardFixture.planCounts(app) == plan, "\(name)")
            #expect(try await AuditEntry.query(on: app.db).count() == journal, "\(name)")
            if index < 3 {
                let message = try #require(refusal, "\(name) accepté")
                #expect(message.hasPrefix("Import refusé"), "\(name)")
                #expect(message.contains("--replace"), "\(name)")
                #expect(try await ImportGuardFixture.exportJSON(app) == export, "\(name)")
            } else {
                // Decoded as Latin-1, the copy reads as the same plan: accepted, nothing lost.
                #expect(refusal == nil, "\(name) : \(refusal ?? "")")
            }
        }
    }

    @Test func aTruncatedDocumentIsSuspectWithCountsBeforeAndAfter() async throws {
        try await withApp { app in
            let refusal = try await ImportGuardFixture.refusal(ImportGuardFixture.damaged[0].bytes, on: app)
            let message = try #require(refusal)
            #expect(message.contains("Document incomplet ou endommagé ?"))
            #expect(message.contains("4 axes → 0") && message.contains("18 fiches → 0") && message.contains("46 sous-actions → 0"))
        }
    }

    /// Without the suspect check (a small cut), the loss check names what would go.
    @Test func removingFollowedSousActionsIsRefusedWithTheirCount() async throws {
        try await withApp { app in
            try await ImportGuardFixture.enterFollowUp(app)
            // Fiche 1-1-1 loses its row B: one sous-action and its one status.
            let text = ImportGuardFixture.seedText.components(separatedBy: "\n")
                .filter { !$0.contains("\t1-1-1-B\t") }.joined(separator: "\n")
            let message = try #require(try await ImportGuardFixture.refusal(Data(text.utf8), on: app))
            #expect(message.hasPrefix("Import refusé : 1 sous-action"))
            #expect(message.contains("1 statut"))
            #expect(message.contains("serait supprimé") || message.contains("seraient supprimés"))
            #expect(try await SousAction.query(on: app.db).count() == 46)
        }
    }

    @Test func theCommandExitsWithTheFrenchSummary() async throws {
        try await withApp { app in
            try await ImportGuardFixture.enterFollowUp(app)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-\(UUID().uuidString).txt").path
            try ImportGuardFixture.damaged[2].bytes.write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["ctg", path]))
            context.application = app
            await #expect(throws: CommandFailure.self) { try await ImportCommand().run(using: &context) }
            #expect(try await SousAction.query(on: app.db).count() == 46)
        }
    }

    @Test func oversizedFilesAreRefusedBeforeBeingRead() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-big-\(UUID().uuidString).txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 6 * 1024 * 1024)
        try handle.close()
        var message = ""
        do { _ = try DocumentSource.load(path: path) } catch let error as AppError { message = error.reason }
        #expect(message == "Le fichier est trop volumineux (6 Mo) : la taille maximale est de 5 Mo.")
    }
}
