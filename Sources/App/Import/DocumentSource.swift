import CTGCore
import Foundation

/// Reads a file given to `ctg import`: either a deliberation text as in the
/// seed, or a JSON export of ctg, so that export → import round-trips.
enum DocumentSource {
    static func load(path: String) throws -> ParsedDocument {
        try parse(data: read(path: path))
    }

    /// The file's bytes; its size is checked before reading: a 50 MB file once kept the
    /// importer busy for 20 minutes.
    static func read(path: String) throws -> Data {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if let size, size > DocumentEncoding.maximumBytes {
            throw AppError.invalidInput(DocumentError.tooLarge(bytes: size).description)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AppError.invalidInput("Fichier introuvable ou illisible : \(path)")
        }
        return data
    }

    static func parse(data: Data) throws -> ParsedDocument {
        if data.count > DocumentEncoding.maximumBytes {
            throw AppError.invalidInput(DocumentError.tooLarge(bytes: data.count).description)
        }
        if let json = try decodeJSONIfItLooksLikeJSON(data) {
            return json
        }
        do {
            return try DocumentParser.parse(data: data)
        } catch {
            throw AppError.invalidInput(error.description)
        }
    }

    /// A JSON export of ctg rather than a text.
    static func looksLikeJSON(_ data: Data) -> Bool {
        data.first(where: { !" \n\r\t".utf8.contains($0) }) == UInt8(ascii: "{")
    }

    private static func decodeJSONIfItLooksLikeJSON(_ data: Data) throws -> ParsedDocument? {
        guard looksLikeJSON(data) else { return nil }
        do {
            return try JSONDecoder().decode(ParsedDocument.self, from: data)
        } catch {
            throw AppError.invalidInput("Le fichier JSON ne suit pas le format d'export de ctg : \(error.localizedDescription)")
        }
    }
}
