@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The photo of an item: JPEG or PNG by their first bytes, French refusals that write nothing,
/// an alt text on the item page, a replacement journaled, and simultaneous uploads that leave one row.
@Suite struct EquipmentPhotoTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("pixels".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array("JFIF".utf8)

    /// A multipart body with the photo under "photo" and the alt text under "alt".
    static func upload(_ browser: Browser, _ path: String, filename: String, bytes: [UInt8], alt: String) async throws -> TestingHTTPResponse {
        let (headers, body) = photoForm(csrf: browser.csrf!, filename: filename, bytes: bytes, alt: alt)
        return try await browser.send(.POST, path, headers: headers, rawBody: body)
    }

    static func photoForm(csrf: String, filename: String, bytes: [UInt8], alt: String) -> (HTTPHeaders, ByteBuffer) {
        let boundary = "photoboundary7"
        var body = ByteBuffer()
        for (name, value) in [("csrf", csrf), ("alt", alt)] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"\(filename)\"\r\nContent-Type: image/png\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return (headers, body)
    }

    /// A temporary document folder, an item, a coordinateur on its page, and the photo's address.
    static func start(_ app: Application) async throws -> (folder: URL, item: Int, browser: Browser, path: String) {
        let folder = StructureDocumentsTests.useTemporaryStore(app)
        let (item, _, _, browser) = try await EquipmentTests.pool(app)
        try await browser.get(OccupancyFixture.equipmentPath(.item(id: item)))
        return (folder, item, browser, OccupancyFixture.equipmentPath(.photo(itemID: item)))
    }

    static func files(_ folder: URL) -> Int { (try? FileManager.default.contentsOfDirectory(atPath: folder.path).count) ?? 0 }

    @Test func refusedPhotosSayWhyAndWriteNothing() async throws {
        try await withApp { app in
            let (folder, item, browser, path) = try await Self.start(app)
            defer { try? FileManager.default.removeItem(at: folder) }
            let pdf = try await Self.upload(browser, path, filename: "photo.png", bytes: Array("%PDF-1.4\n".utf8), alt: "")
            #expect(pdf.status == .unprocessableEntity)
            #expect(pdf.body.string.contains("Une photo doit être une image JPEG ou PNG : ce fichier est un document PDF.".inPage))
            let text = try await Self.upload(browser, path, filename: "lit.jpg", bytes: Array("pas une image".utf8), alt: "")
            #expect(text.status == .unprocessableEntity)
            #expect(text.body.string.contains("Ce type de fichier n'est pas accepté".inPage))
            // Every field of the site stops at 200 characters, the description too.
            let long = try await Self.upload(browser, path, filename: "lit.png", bytes: Self.png, alt: String(repeating: "a", count: 201))
            #expect(long.status == .badRequest)
            #expect(long.body.string.contains("ne doit pas dépasser 200 caractères".inPage))
            let lecteur = try await signIn(app, as: .lecteur)
            try await lecteur.get(OccupancyFixture.equipmentPath(.item(id: item)))
            #expect(try await Self.upload(lecteur, path, filename: "lit.png", bytes: Self.png, alt: "").status == .forbidden)
            #expect(try await EquipmentPhoto.query(on: app.db).count() == 0)
            #expect(Self.files(folder) == 0)
            #expect(try await browser.get(path).status == .notFound)
        }
    }

    @Test func aPhotoIsShownWithItsAltTextAndReplacedInTheJournal() async throws {
        try await withApp { app in
            let (folder, item, browser, path) = try await Self.start(app)
            defer { try? FileManager.default.removeItem(at: folder) }
            #expect(try await Self.upload(browser, path, filename: "lit.png", bytes: Self.png, alt: "Lit parapluie gris, replié").status == .seeOther)
            let page = try await browser.get(OccupancyFixture.equipmentPath(.item(id: item))).body.string
            #expect(page.contains("<img src=\"\(path)\" alt=\"Lit parapluie gris, replié\""))
            let served = try await browser.get(path)
            #expect(served.headers.first(name: .contentType) == "image/png")
            #expect(Array(served.body.readableBytesView) == Self.png)

            #expect(try await Self.upload(browser, path, filename: "nouveau.jpeg", bytes: Self.jpeg, alt: " ").status == .seeOther)
            let photos = try await EquipmentPhoto.query(on: app.db).all()
            #expect(photos.count == 1)
            #expect(photos.first?.altText == "Photo de « Lit parapluie »")
            #expect(try await browser.get(path).headers.first(name: .contentType) == "image/jpeg")
            // The replaced file is kept, named in the journal.
            #expect(Self.files(folder) == 2)
            let entries = try await AuditEntry.query(on: app.db).filter(\.$field == "photo").all()
            #expect(entries.map(\.summary).sorted() == ["Photo de « Lit parapluie » ajoutée", "Photo de « Lit parapluie » remplacée"])
        }
    }

    @Test func simultaneousUploadsLeaveOnePhoto() async throws {
        try await withApp { app in
            let (folder, _, browser, path) = try await Self.start(app)
            defer { try? FileManager.default.removeItem(at: folder) }
            let headers = browser.requestHeaders()
            let csrf = try #require(browser.csrf)
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for index in 0..<4 {
                    let (formHeaders, body) = Self.photoForm(csrf: csrf, filename: "lit\(index).png", bytes: Self.png, alt: "Prise \(index)")
                    var merged = headers
                    merged.add(contentsOf: formHeaders)
                    let sent = merged
                    group.addTask { try await app.testing().sendRequest(.POST, path, headers: sent, body: body).status }
                }
                var all: [HTTPStatus] = []
                for try await status in group { all.append(status) }
                return all
            }
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .conflict }, "\(statuses)")
            #expect(try await EquipmentPhoto.query(on: app.db).count() == 1)
            // Every accepted upload left its file (the replaced ones are kept); refused ones left none.
            #expect(Self.files(folder) == statuses.filter { $0 == .seeOther }.count)
        }
    }
}
