import CTGCore
import Foundation
import Vapor

/// Where every uploaded file is kept on disk (structures' and chantiers' documents, equipment photos,
/// attachments): `CTG_FILES`, or a `files` folder beside the SQLite database (the working directory
/// for PostgreSQL). Files get random names, so a sender's file name never becomes a path.
struct DocumentStore: Sendable {
    let directory: URL

    static func fromEnvironment() -> DocumentStore {
        if let configured = Environment.get("CTG_FILES"), !configured.isEmpty {
            return DocumentStore(directory: URL(fileURLWithPath: configured, isDirectory: true))
        }
        let database = URL(fileURLWithPath: Environment.get("CTG_DB") ?? DatabaseSetup.defaultSQLitePath)
        return DocumentStore(directory: database.deletingLastPathComponent().appendingPathComponent("files", isDirectory: true))
    }

    /// Whether a name is one this store makes (a UUID and an extension): temporary files start
    /// with a dot and are never served nor backed up.
    static func isStoredName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) && !name.hasPrefix(".")
    }

    func url(of storedName: String) throws -> URL {
        guard Self.isStoredName(storedName) else { throw AppError.notFound("Ce document n'existe pas.") }
        return directory.appendingPathComponent(storedName)
    }

    /// Keeps the bytes with the row that names them, and never one without the other: the bytes go
    /// to a temporary name, `record` writes the row (its transaction) under the final name, and only
    /// then is the file renamed; if `record` throws, the temporary file is removed.
    func keep<T>(_ data: Data, fileExtension: String, record: (String) async throws -> T) async throws -> T {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = UUID().uuidString.lowercased() + "." + fileExtension
        let partial = directory.appendingPathComponent(".\(name).partiel")
        try data.write(to: partial, options: .withoutOverwriting)
        let result: T
        do {
            result = try await record(name)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        // A rename in one folder is atomic: a reader finds the whole file or none.
        try FileManager.default.moveItem(at: partial, to: try url(of: name))
        return result
    }

    func read(_ storedName: String) throws -> Data {
        do {
            return try Data(contentsOf: try url(of: storedName))
        } catch {
            throw AppError.notFound("Le fichier de ce document est introuvable sur le serveur.")
        }
    }

    /// The stored file as a download under the name its uploader gave. Private by default: only
    /// a public act may sit in a shared cache.
    func download(_ storedName: String, contentType: String, filename: String,
                  cacheControl: String = "private, no-cache") throws -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: Self.contentDisposition(filename))
        headers.replaceOrAdd(name: .cacheControl, value: cacheControl)
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(data: try read(storedName)))
    }

    /// `attachment`, with an ASCII fallback name and the UTF-8 one (RFC 6266, RFC 5987): a file is
    /// never shown inline as a page of the site, and its name cannot break the header.
    static func contentDisposition(_ filename: String) -> String {
        ContentDisposition.attachment(filename: filename)
    }

    /// The names of the files kept (not the temporary ones), for `ctg backup`.
    func storedNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter(Self.isStoredName).sorted()
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
