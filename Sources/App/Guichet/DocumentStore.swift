import Foundation
import Vapor

/// Where structures' documents are kept on disk: `CTG_FILES`, or a `files` folder beside the
/// SQLite database (the working directory for PostgreSQL). Files get random names, so an
/// editor's file name never becomes a path.
struct DocumentStore: Sendable {
    let directory: URL

    static func fromEnvironment() -> DocumentStore {
        if let configured = Environment.get("CTG_FILES"), !configured.isEmpty {
            return DocumentStore(directory: URL(fileURLWithPath: configured, isDirectory: true))
        }
        let database = URL(fileURLWithPath: Environment.get("CTG_DB") ?? DatabaseSetup.defaultSQLitePath)
        return DocumentStore(directory: database.deletingLastPathComponent().appendingPathComponent("files", isDirectory: true))
    }

    func url(of storedName: String) throws -> URL {
        // Stored names are made here (a UUID and an extension); anything else is refused.
        guard storedName.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }), !storedName.hasPrefix(".") else {
            throw AppError.notFound("Ce document n'existe pas.")
        }
        return directory.appendingPathComponent(storedName)
    }

    /// Writes the bytes under a new random name and returns it.
    func save(_ data: Data, fileExtension: String) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = UUID().uuidString.lowercased() + "." + fileExtension
        try data.write(to: try url(of: name), options: .withoutOverwriting)
        return name
    }

    func read(_ storedName: String) throws -> Data {
        do {
            return try Data(contentsOf: try url(of: storedName))
        } catch {
            throw AppError.notFound("Le fichier de ce document est introuvable sur le serveur.")
        }
    }

    /// The stored file as a download under the name its uploader gave (structures' and chantiers' documents).
    func download(_ storedName: String, contentType: String, filename: String) throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: DocumentUpload.contentDisposition(filename))
        return Response(status: .ok, headers: headers, body: .init(data: try read(storedName)))
    }

    /// Removes a file whose row could not be written, so no orphan stays behind.
    func discard(_ storedName: String) {
        try? FileManager.default.removeItem(at: try url(of: storedName))
    }
}

extension Application {
    private struct DocumentStoreKey: StorageKey { typealias Value = DocumentStore }

    /// Tests set their own folder; the app reads the environment once.
    var documentStore: DocumentStore {
        get { storage[DocumentStoreKey.self] ?? .fromEnvironment() }
        set { storage[DocumentStoreKey.self] = newValue }
    }
}
