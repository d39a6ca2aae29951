import Foundation

public extension ParsedDocument {
    /// Sorted keys so that the same document always gives byte-identical JSON
    /// (diffable exports, stable golden files).
    func jsonData(pretty: Bool = true) throws -> Data {
        try DocumentJSON.encoder(pretty: pretty).encode(self)
    }

    init(jsonData: Data) throws {
        self = try JSONDecoder().decode(ParsedDocument.self, from: jsonData)
    }
}

/// The one encoder of the published JSON shapes (the document, the import preview).
enum DocumentJSON {
    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
