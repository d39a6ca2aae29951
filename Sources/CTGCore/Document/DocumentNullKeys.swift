/// The published JSON writes every key, with `null` for a missing value, so a
/// reader can tell "absent from the document" from "unknown key". Synthesised
/// Codable would drop nil keys instead; this encodes each stored property by
/// its name, which are also the decoding keys.
protocol NullPreservingEncodable: Encodable {}

private struct PropertyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension NullPreservingEncodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: PropertyKey.self)
        for child in Mirror(reflecting: self).children {
            guard let name = child.label, let value = child.value as? any Encodable else { continue }
            try container.encode(value, forKey: PropertyKey(stringValue: name))
        }
    }
}

extension ParsedDocument: NullPreservingEncodable {}
extension ParsedDeliberation: NullPreservingEncodable {}
extension ParsedAxe: NullPreservingEncodable {}
extension ParsedObjective: NullPreservingEncodable {}
extension ParsedAction: NullPreservingEncodable {}
extension ParsedSubAction: NullPreservingEncodable {}
