@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Documents of a structure: refused uploads say why in French and write nothing; an accepted
/// one is served as an attachment; its removal is journaled and can be undone.
@Suite struct StructureDocumentsTests {
    static func useTemporaryStore(_ app: Application) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-docs-" + UUID().uuidString)
        app.documentStore = DocumentStore(directory: folder)
        return folder
    }

    @Test func refusedUploadsSayWhyAndWriteNothing() async throws {
        try await withApp { app in
            _ = Self.useTemporaryStore(app)
            let structure = try await GuichetFixture.structure(app, name: "Crèche Test", kind: .eaje, commune: "Port-Haut", ages: (0, 36))
            let id = try structure.requireID()
            let browser = try await signIn(app, as: .coordinateur)
            try await browser.get(Seed.path(.guichet(.editStructure(id: id))))
            let upload = Seed.path(.guichet(.documents(structureID: id)))

            let (headers, html) = GuichetFixture.multipart(csrf: browser.csrf!, filename: "page.pdf", bytes: Array("<html><script>".utf8))
            let wrongType = try await browser.send(.POST, upload, headers: headers, rawBody: html)
            #expect(wrongType.status == .unprocessableEntity)
            #expect(wrongType.body.string.contains("Ce type de fichier n'est pas accepté".inPage))

            let big = Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x20, count: DocumentCheck.maxBytes)
            let (headers2, body2) = GuichetFixture.multipart(csrf: browser.csrf!, filename: "gros.pdf", bytes: big)
            let tooBig = try await browser.send(.POST, upload, headers: headers2, rawBody: body2)
            #expect(tooBig.status == .unprocessableEntity)
            #expect(tooBig.body.string.contains("Le fichier dépasse 4 Mo".inPage))
            #expect(try await StructureDocument.query(on: app.db).count() == 0)
        }
    }

    @Test func anAcceptedDocumentIsServedAsAnAttachmentAndItsRemovalCanBeUndone() async throws {
        try await withApp { app in
            let folder = Self.useTemporaryStore(app)
            defer { try? FileManager.default.removeItem(at: folder) }
            let structure = try await GuichetFixture.structure(app, name: "ALSH Test", kind: .alsh, commune: "Port-Haut", ages: (36, 143))
            let id = try structure.requireID()
            let browser = try await signIn(app, as: .coordinateur)
            try await browser.get(Seed.path(.guichet(.editStructure(id: id))))
            let pdf = Array("%PDF-1.4\nrèglement\n".utf8)
            let (headers, body) = GuichetFixture.multipart(csrf: browser.csrf!, filename: "Règlement 2026.pdf", bytes: pdf)
            let uploaded = try await browser.send(.POST, Seed.path(.guichet(.documents(structureID: id))), headers: headers, rawBody: body)
            #expect(uploaded.status == .seeOther)
            let document = try #require(try await StructureDocument.query(on: app.db).first())
            let download = try await app.testing().sendRequest(.GET, Seed.path(.guichet(.document(structureID: id, documentID: document.id!))))
            #expect(download.status == .ok)
            #expect(download.headers.first(name: .contentType) == "application/pdf")
            let disposition = try #require(download.headers.first(name: .contentDisposition))
            #expect(disposition.hasPrefix("attachment; filename=\"Reglement 2026.pdf\"; filename*=UTF-8''R%C3%A8glement%202026.pdf"))
            #expect(Array(download.body.readableBytesView) == pdf)

            let removal = Seed.path(.guichet(.documentRemoval(structureID: id, documentID: document.id!)))
            try await browser.get(removal)
            #expect(try await browser.post(removal, ["confirm": "1"]).status == .seeOther)
            let gone = try await app.testing().sendRequest(.GET, Seed.path(.guichet(.document(structureID: id, documentID: document.id!))))
            #expect(gone.status == .notFound)
            let kept = try #require(try await DeletedRow.query(on: app.db).filter(\.$kind == .structureDocument).first())
            try await browser.get(SiteURL.adminJournal.path)
            let restored = try await browser.post(SiteURL.adminJournalRestore(entryID: kept.$auditEntry.id).path)
            #expect(restored.status == .seeOther)
            let back = try await app.testing().sendRequest(.GET, Seed.path(.guichet(.document(structureID: id, documentID: document.id!))))
            #expect(back.status == .ok)
        }
    }
}
