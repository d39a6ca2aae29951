import Foundation

public extension ParsedDocument {
    /// Sorted keys so that the same document always gives byte-identical JSON
    /// (diffable exports, stable golden files).
    func jsonData(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    init(jsonData: Data) throws {
        self = try JSONDecoder().decode(ParsedDocument.self, from: jsonData)
    }
}
