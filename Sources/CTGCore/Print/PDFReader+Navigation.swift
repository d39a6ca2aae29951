import Foundation

/// Reads the link annotations and the outline the way a viewer follows them: from the
/// page's /Annots and the catalog's /Outlines, through object references, checking on
/// the way that every bookmark's /Parent, /Prev and /Last name the objects they should.
extension PDFReader {
    public struct Target: Equatable, Sendable {
        /// 0-based index in the page tree.
        public var page: Int
        public var top: Double
    }
    public struct Link: Equatable, Sendable {
        public var rect: [Double]
        public var target: Target
    }
    public struct Bookmark: Equatable, Sendable {
        public var title: String
        public var level: Int
        public var target: Target
    }

    static func links(of page: Substring, objects: [Int: Substring], kids: [Int]) throws -> [Link] {
        guard let annots = page.range(of: "/Annots [") else { return [] }
        return try references(in: page[annots.upperBound...].prefix { $0 != "]" }).map { number in
            guard let annot = objects[number], annot.contains("/Subtype /Link"),
                  let rect = annot.range(of: "/Rect [") else { throw Failure("annotation \(number)") }
            let values = annot[rect.upperBound...].prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
            guard values.count == 4 else { throw Failure("rect of \(number)") }
            return Link(rect: values, target: try target(in: annot, kids: kids))
        }
    }

    static func bookmarks(under parent: Int, level: Int, objects: [Int: Substring], kids: [Int]) throws -> [Bookmark] {
        guard let node = objects[parent] else { throw Failure("outline \(parent)") }
        var out: [Bookmark] = []
        var current = reference("/First", in: node)
        var previous: Int?
        while let number = current {
            guard let item = objects[number], reference("/Parent", in: item) == parent,
                  reference("/Prev", in: item) == previous,
                  let title = item.range(of: "/Title <FEFF") else { throw Failure("bookmark \(number)") }
            let hex = Array(item[title.upperBound...].prefix { $0 != ">" })
            let units = stride(from: 0, to: hex.count - 3, by: 4).compactMap { UInt16(String(hex[$0..<$0 + 4]), radix: 16) }
            out.append(Bookmark(title: String(decoding: units, as: UTF16.self), level: level, target: try target(in: item, kids: kids)))
            out += try bookmarks(under: number, level: level + 1, objects: objects, kids: kids)
            previous = number
            current = reference("/Next", in: item)
        }
        guard reference("/Last", in: node) == previous else { throw Failure("/Last of \(parent)") }
        return out
    }

    /// An explicit destination [page 0 R /XYZ left top zoom].
    static func target(in object: Substring, kids: [Int]) throws -> Target {
        guard let dest = object.range(of: "/Dest [") else { throw Failure("no /Dest") }
        let words = object[dest.upperBound...].prefix { $0 != "]" }.split(separator: " ")
        guard words.count == 7, words[2] == "R", words[3] == "/XYZ", let page = Int(words[0]).flatMap(kids.firstIndex(of:)),
              let top = Double(words[5]) else { throw Failure("destination \(words)") }
        return Target(page: page, top: top)
    }

    static func reference(_ key: String, in object: Substring) -> Int? {
        guard let range = object.range(of: key + " ") else { return nil }
        return Int(object[range.upperBound...].prefix { $0.isNumber })
    }

    static func references(in list: Substring) -> [Int] {
        list.split(separator: " ").enumerated().filter { $0.offset % 3 == 0 }.compactMap { Int($0.element) }
    }
}
