import Foundation

/// Reads back the PDFs `PDFWriter` makes, the way a viewer would rather than from the
/// writer's own state: follows startxref, the xref table (each offset must open the
/// object it numbers), the catalog, the page tree and each page's content stream.
/// The tests check page numbers and text positions through it.
public struct PDFReader: Sendable {
    public struct Text: Equatable, Sendable {
        public var x: Double
        public var y: Double
        public var font: String
        public var size: Double
        public var string: String
    }
    public struct Page: Sendable {
        public var texts: [Text]
        public var boxes: [Box]
        public var links: [Link] = []
        public var strings: [String] { texts.map(\.string) }
    }
    public struct Box: Sendable {
        public var x: Double, y: Double, width: Double, height: Double
    }

    public private(set) var pages: [Page] = []
    /// The bookmarks, depth first.
    public private(set) var outline: [Bookmark] = []
    /// Objects typed /Page anywhere in the file, to compare with the page tree.
    public private(set) var pageObjectCount = 0

    static let winAnsi: [UInt8: Character] = Dictionary(uniqueKeysWithValues: WinAnsi.upper.map { ($0.value, $0.key) })

    public init(_ bytes: [UInt8]) throws {
        let text = String(decoding: bytes.map { $0 < 128 ? $0 : UInt8(ascii: "~") }, as: UTF8.self)
        // xref: every listed offset must start the object it numbers.
        guard let startRange = text.range(of: "startxref\n", options: .backwards),
              let xref = Int(text[startRange.upperBound...].prefix { $0.isNumber }) else { throw Failure("no startxref") }
        let table = text[String.Index(utf16Offset: xref, in: text)...]
        guard table.hasPrefix("xref\n") else { throw Failure("startxref does not point at xref") }
        var objects: [Int: Substring] = [:]
        for (number, line) in table.split(separator: "\n").dropFirst(3).enumerated() {
            guard line.hasSuffix(" n ") || line.hasSuffix(" n") else { break }
            let offset = Int(line.prefix(10))!
            let body = text[String.Index(utf16Offset: offset, in: text)...]
            guard body.hasPrefix("\(number + 1) 0 obj") else { throw Failure("xref entry \(number + 1) points elsewhere") }
            objects[number + 1] = body[..<body.range(of: "endobj")!.lowerBound]
        }
        pageObjectCount = objects.values.filter { $0.contains("/Type /Page ") }.count
        func reference(_ key: String, in object: Substring) -> Int? {
            guard let range = object.range(of: key + " ") else { return nil }
            return Int(object[range.upperBound...].prefix { $0.isNumber })
        }
        guard let catalog = objects.values.first(where: { $0.contains("/Type /Catalog") }),
              let tree = reference("/Pages", in: catalog).flatMap({ objects[$0] }),
              let kids = tree.range(of: "/Kids [") else { throw Failure("no page tree") }
        let kidList = tree[kids.upperBound...].prefix { $0 != "]" }.split(separator: " ")
            .enumerated().filter { $0.offset % 3 == 0 }.compactMap { Int($0.element) }
        for kid in kidList {
            guard let page = objects[kid], let contents = reference("/Contents", in: page), let stream = objects[contents],
                  let start = stream.range(of: "stream\n"), let end = stream.range(of: "\nendstream") else { throw Failure("page \(kid)") }
            // Offsets count bytes: every byte above 127 was read as one ASCII "~".
            let from = start.upperBound.utf16Offset(in: text)
            let to = end.lowerBound.utf16Offset(in: text)
            pages.append(Self.page(Array(bytes[from..<to])))
            pages[pages.count - 1].links = try Self.links(of: page, objects: objects, kids: kidList)
        }
        if let root = reference("/Outlines", in: catalog) {
            outline = try Self.bookmarks(under: root, level: 1, objects: objects, kids: kidList)
        }
    }

    static func page(_ stream: [UInt8]) -> Page {
        var page = Page(texts: [], boxes: [])
        for line in stream.split(separator: UInt8(ascii: "\n")) {
            let open = line.firstIndex(of: UInt8(ascii: "(")) ?? line.endIndex
            let words = String(decoding: line[..<open], as: UTF8.self).split(separator: " ").map(String.init)
            if words.first == "BT", words.count >= 6 {
                let string = strings(line)
                page.texts.append(Text(x: Double(words[4])!, y: Double(words[5])!, font: words[1], size: Double(words[2])!, string: string))
            } else if words.count >= 7, words[6] == "re" {
                page.boxes.append(Box(x: Double(words[2])!, y: Double(words[3])!, width: Double(words[4])!, height: Double(words[5])!))
            }
        }
        return page
    }

    /// The text of a line's string literals, each decoded in the font selected before it (/F3 is Symbol).
    static func strings(_ operators: ArraySlice<UInt8>) -> String {
        var string = ""
        var symbol = false
        var index = operators.startIndex
        while index < operators.endIndex {
            let byte = operators[index]
            if byte == UInt8(ascii: "/") {
                symbol = operators[index...].starts(with: Array("/F3".utf8))
            } else if byte == UInt8(ascii: "(") {
                var escaped = false
                index += 1
                while index < operators.endIndex, escaped || operators[index] != UInt8(ascii: ")") {
                    let code = operators[index]
                    index += 1
                    if code == UInt8(ascii: "\\") && !escaped { escaped = true; continue }
                    escaped = false
                    if symbol { string.append(SymbolFont.characters[code] ?? "¤") }
                    else { string.append(code < 0x80 || code >= 0xA0 ? Character(UnicodeScalar(code)) : (winAnsi[code] ?? "¤")) }
                }
            }
            index += 1
        }
        return string
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}
