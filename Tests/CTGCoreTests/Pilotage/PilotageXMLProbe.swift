import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG with Foundation's XMLParser and keeps what the tests look at.
final class PilotageXMLProbe: NSObject, XMLParserDelegate {
    private(set) var wellFormed = false
    private(set) var error: String?
    private(set) var rootName: String?
    private(set) var rootAttributes: [String: String] = [:]
    /// id attribute → element name.
    private(set) var ids: [String: String] = [:]
    private(set) var elementCounts: [String: Int] = [:]
    /// Decoded text of every element, in document order.
    private(set) var texts: [String] = []
    private(set) var titleText = ""
    private(set) var descText = ""
    private var stack: [String] = []
    private var buffer = ""

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        wellFormed = parser.parse()
        if !wellFormed { error = parser.parserError.map { "\($0)" } ?? "unknown" }
    }

    var allText: String { texts.joined(separator: " ") }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if rootName == nil { rootName = name; rootAttributes = attributes }
        if let id = attributes["id"] { ids[id] = name }
        elementCounts[name, default: 0] += 1
        flush()
        stack.append(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        // The first <title>/<desc> directly under the root are the accessible name and description.
        if stack.count == 2 && name == "title" && titleText.isEmpty { titleText = buffer }
        if stack.count == 2 && name == "desc" && descText.isEmpty { descText = buffer }
        flush()
        stack.removeLast()
    }

    private func flush() {
        let t = buffer.trimmingCharacters(in: .whitespacesAndNewlines)
        if !t.isEmpty { texts.append(t) }
        buffer = ""
    }
}
