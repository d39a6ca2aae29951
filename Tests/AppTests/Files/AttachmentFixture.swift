@testable import App
import CTGCore
import Fluent
import Foundation
import Vapor
import VaporTesting

/// Uploads of attachments as a browser sends them, and the rows they go to.
enum AttachmentFixture {
    static let signedAct = Array("%PDF-1.4\nacte signé et télétransmis\n%%EOF\n".utf8)

    /// A store of its own, so a test sees only its files.
    @discardableResult
    static func useTemporaryStore(_ app: Application) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-attachments-" + UUID().uuidString)
        app.documentStore = DocumentStore(directory: folder)
        return folder
    }

    /// The first deliberation of a territory (the seed's act, or the second territory's copy of it).
    static func deliberation(_ app: Application, territoryID: Int) async throws -> Deliberation {
        guard let row = try await Deliberation.query(on: app.db).filter(\.$territory.$id == territoryID).sort(\.$id).first() else {
            preconditionFailure("ce territoire n'a pas de délibération")
        }
        return row
    }

    /// A sous-action of the territory's fiche `code`, and the fiche.
    static func sousAction(_ app: Application, territoryID: Int, fiche code: String) async throws -> (PlanAction, SousAction) {
        let conventionIDs = try await Convention.query(on: app.db).filter(\.$territory.$id == territoryID).all(\.$id)
        guard let action = try await PlanAction.query(on: app.db).filter(\.$convention.$id ~~ conventionIDs).filter(\.$code == code).first(),
              let sub = try await SousAction.query(on: app.db).filter(\.$action.$id == action.requireID()).sort(\.$position).first() else {
            preconditionFailure("fiche \(code) absente")
        }
        return (action, sub)
    }

    /// Opens the owner's page (for its CSRF token), then posts the file.
    @discardableResult
    static func upload(_ browser: Browser, slug: String = Seed.slug, owner: AttachmentOwner, kind: AttachmentKind,
                       filename: String, bytes: [UInt8], isPublic: Bool = true) async throws -> TestingHTTPResponse {
        let path = TerritoryRef(slug: slug).path(.files(.owner(owner)))
        try await browser.get(path)
        let (headers, body) = multipart(browser, kind: kind, filename: filename, bytes: bytes, isPublic: isPublic)
        return try await browser.send(.POST, path, headers: headers, rawBody: body)
    }

    static func multipart(_ browser: Browser, kind: AttachmentKind, filename: String, bytes: [UInt8],
                          isPublic: Bool = true) -> (HTTPHeaders, ByteBuffer) {
        GuichetFixture.multipart(csrf: browser.csrf ?? "", filename: filename, bytes: bytes, kind: kind.rawValue,
                                 extra: [("public", isPublic ? "1" : ""), (FormSubmissions.fieldName, UUID().uuidString)],
                                 fileField: "fichier")
    }

    /// The files actually on disk, temporary ones included (a refused upload must leave none).
    static func filesOnDisk(_ folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }
}
