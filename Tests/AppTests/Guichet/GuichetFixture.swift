@testable import App
import CTGCore
import Fluent
import Foundation
import Vapor

/// Invented structures for the guichet's tests, in any territory.
enum GuichetFixture {
    @discardableResult
    static func structure(_ app: Application, name: String, kind: StructureKind, commune: String, ages: (Int?, Int?),
                          organisation: String? = nil, territoryID: Int? = nil) async throws -> Structure {
        var territory = territoryID ?? 0
        if territoryID == nil { territory = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID() }
        var organisationID: Int?
        if let organisation {
            organisationID = try await Organisation.query(on: app.db).filter(\.$territory.$id == territory)
                .filter(\.$name == organisation).first()?.requireID()
        }
        let structure = Structure(territoryID: territory, organisationID: organisationID, name: name, kind: kind, commune: commune)
        structure.minAgeMonths = ages.0
        structure.maxAgeMonths = ages.1
        try await structure.create(on: app.db)
        return structure
    }

    /// A multipart body with the CSRF token and one file.
    static func multipart(csrf: String, filename: String, bytes: [UInt8], kind: String = "reglement",
                          extra: [(String, String)] = [], fileField: String = "document") -> (HTTPHeaders, ByteBuffer) {
        let boundary = "ctgtestboundary42"
        var body = ByteBuffer()
        func field(_ name: String, _ value: String) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        field("csrf", csrf)
        field("kind", kind)
        field("title", "")
        for (name, value) in extra { field(name, value) }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return (headers, body)
    }
}
