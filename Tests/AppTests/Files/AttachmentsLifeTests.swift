@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// A file's life after its upload: removal asked first and undone from the journal, many uploads
/// at once, and `ctg backup` / `ctg restore` bringing the bytes back.
@Suite struct AttachmentsLifeTests {
    @Test func aRemovalIsConfirmedJournaledAndRestorable() async throws {
        try await withApp { app in
            AttachmentFixture.useTemporaryStore(app)
            let territoryID = try await Seed.territoryID(on: app.db)
            let seance = Seance(territoryID: territoryID, sessionDate: "2024-03-14", membersInOffice: 30)
            try await seance.create(on: app.db)
            let owner = AttachmentOwner(kind: .seance, id: try seance.requireID())
            let coordinator = try await signIn(app, as: .coordinateur)
            try await AttachmentFixture.upload(coordinator, owner: owner, kind: .procesVerbal, filename: "PV 14 mars.pdf",
                                               bytes: AttachmentFixture.signedAct)
            let row = try #require(try await Attachment.query(on: app.db).first())
            let href = Seed.path(.files(.file(id: row.id!)))
            #expect(try await Browser(app).get(Seed.path(.seance(id: owner.id))).body.string.contains("Procès-verbal : PV 14 mars.pdf"))

            let removal = Seed.path(.files(.removal(id: row.id!)))
            let question = try await coordinator.get(removal)
            #expect(question.body.string.contains("Retirer « PV 14 mars.pdf »".inPage))
            // A bare POST (no confirmation) removes nothing.
            #expect(try await coordinator.post(removal).status == .seeOther)
            #expect(try await Browser(app).get(href).status == .ok)
            #expect(try await coordinator.post(removal, ["confirm": "1"]).status == .seeOther)
            #expect(try await Browser(app).get(href).status == .notFound)
            #expect(try await coordinator.post(removal, ["confirm": "1"]).status == .notFound)

            let kept = try #require(try await DeletedRow.query(on: app.db).filter(\.$kind == .attachment).first())
            try await coordinator.get(SiteURL.adminJournal.path)
            #expect(try await coordinator.post(SiteURL.adminJournalRestore(entryID: kept.$auditEntry.id).path).status == .seeOther)
            let back = try await Browser(app).get(href)
            #expect(back.status == .ok)
            #expect(Array(back.body.readableBytesView) == AttachmentFixture.signedAct)
        }
    }

    @Test func manyUploadsAtOnceNeverFail() async throws {
        try await withApp { app in
            let folder = AttachmentFixture.useTemporaryStore(app)
            let territoryID = try await Seed.territoryID(on: app.db)
            let act = try await AttachmentFixture.deliberation(app, territoryID: territoryID)
            let path = Seed.path(.files(.owner(.init(kind: .deliberation, id: act.id!))))
            let coordinator = try await signIn(app, as: .coordinateur)
            try await coordinator.get(path)
            let bodies = (0..<8).map { index in
                AttachmentFixture.multipart(coordinator, kind: .acte, filename: "acte-\(index).pdf",
                                            bytes: AttachmentFixture.signedAct + Array("\(index)".utf8))
            }
            let cookies = coordinator.requestHeaders()
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (headers, body) in bodies {
                    var sent = cookies
                    sent.add(contentsOf: headers)
                    group.addTask { try await app.testing().sendRequest(.POST, path, headers: sent, body: body).status }
                }
                var all: [HTTPStatus] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses.allSatisfy { $0 == .seeOther }, "\(statuses)")
            #expect(try await Attachment.query(on: app.db).count() == 8)
            #expect(AttachmentFixture.filesOnDisk(folder).count == 8)

            // One form sent four times at once (a double click, a retry): one file kept, no stray bytes on disk.
            var sent = cookies
            let (headers, body) = AttachmentFixture.multipart(coordinator, kind: .acte, filename: "une-fois.pdf", bytes: AttachmentFixture.signedAct)
            sent.add(contentsOf: headers)
            let copies = try await withThrowingTaskGroup(of: HTTPStatus.self) { [sent] group in
                for _ in 0..<4 { group.addTask { try await app.testing().sendRequest(.POST, path, headers: sent, body: body).status } }
                var all: [HTTPStatus] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(copies.allSatisfy { $0 == .seeOther }, "\(copies)")
            #expect(try await Attachment.query(on: app.db).filter(\.$filename == "une-fois.pdf").count() == 1)
            #expect(AttachmentFixture.filesOnDisk(folder).count == 9)
        }
    }

    @Test func backupAndRestoreBringTheFilesBack() async throws {
        try await withApp { app in
            let store = AttachmentFixture.useTemporaryStore(app)
            let territoryID = try await Seed.territoryID(on: app.db)
            let act = try await AttachmentFixture.deliberation(app, territoryID: territoryID)
            let coordinator = try await signIn(app, as: .coordinateur)
            try await AttachmentFixture.upload(coordinator, owner: .init(kind: .deliberation, id: act.id!), kind: .acte,
                                               filename: "acte.pdf", bytes: AttachmentFixture.signedAct)
            let row = try #require(try await Attachment.query(on: app.db).first())
            let folder = try temporaryFolder()
            try await DatabaseBackup.backup(app, to: folder + "/sauvegarde")
            #expect(FileManager.default.fileExists(atPath: folder + "/sauvegarde.fichiers/" + row.storedName))

            // The files' folder is lost, and the row with it.
            try FileManager.default.removeItem(at: store)
            try await Attachment.query(on: app.db).delete()
            let href = Seed.path(.files(.file(id: row.id!)))
            #expect(try await Browser(app).get(href).status == .notFound)

            try await DatabaseBackup.restore(app, from: folder + "/sauvegarde", safetyCopy: folder + "/avant")
            let download = try await Browser(app).get(href)
            #expect(download.status == .ok)
            #expect(Array(download.body.readableBytesView) == AttachmentFixture.signedAct)
            // sha256sum of the fixture's bytes, computed outside the app.
            #expect(SHA256.hash(data: Data(download.body.readableBytesView)).map { String(format: "%02x", $0) }.joined()
                    == "580d2855fcf6913cd3ff49283976814179fa96063b5fc098285457715683f05a")
        }
    }
}
