import Foundation

/// One mark on a page, in PDF points from the bottom-left corner.
public enum PrintMark: Equatable, Sendable {
    case text(x: Double, y: Double, String, bold: Bool, size: Double)
    /// A filled rectangle; `gray` 0 is black, 1 white.
    case box(x: Double, y: Double, width: Double, height: Double, gray: Double)
    case rule(x1: Double, y1: Double, x2: Double, y2: Double, width: Double)
}

/// A minimal PDF 1.4 file: catalog, page tree, the two standard Helvetica fonts
/// in WinAnsiEncoding and the Symbol font (none embedded), one uncompressed content stream per page
/// so tests and `pdftotext` read the text back.
public enum PDFWriter {
    public static let a4 = (width: 595.28, height: 841.89)

    public static func document(pages: [[PrintMark]], title: String, navigation: PDFNavigation = .init()) -> [UInt8] {
        var out: [UInt8] = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        func object(_ body: [UInt8]) {
            offsets.append(out.count)
            out += Array("\(offsets.count) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        // 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then a page and its content per page,
        // then the link annotations, then the outline root and its entries.
        let firstPage = 6
        func pageObject(_ index: Int) -> Int { firstPage + 2 * index }
        let firstLink = firstPage + 2 * pages.count
        let outlineRoot = firstLink + navigation.links.count
        let symbolFont = outlineRoot + (navigation.outline.isEmpty ? 0 : navigation.outline.count + 1)
        let kids = pages.indices.map { "\(pageObject($0)) 0 R" }.joined(separator: " ")
        // With an outline, the reader opens its bookmarks sidebar.
        let outline = navigation.outline.isEmpty ? "" : " /Outlines \(outlineRoot) 0 R /PageMode /UseOutlines"
        object(Array("<< /Type /Catalog /Pages 2 0 R\(outline) >>".utf8))
        object(Array("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8))
        for name in ["Helvetica", "Helvetica-Bold"] {
            object(Array("<< /Type /Font /Subtype /Type1 /BaseFont /\(name) /Encoding /WinAnsiEncoding >>".utf8))
        }
        object(Array("<< /Title \(textString(title)) /Producer (ctg) >>".utf8))
        for (index, marks) in pages.enumerated() {
            let contents = pageObject(index) + 1
            let links = navigation.links.indices.filter { navigation.links[$0].page == index }
            let annots = links.isEmpty ? "" : " /Annots [" + links.map { "\(firstLink + $0) 0 R" }.joined(separator: " ") + "]"
            object(Array(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(number(a4.width)) \(number(a4.height))] "
                + "/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 \(symbolFont) 0 R >> >> /Contents \(contents) 0 R\(annots) >>").utf8))
            let stream = content(marks)
            object(Array("<< /Length \(stream.count) >>\nstream\n".utf8) + stream + Array("\nendstream".utf8))
        }
        for link in navigation.links { object(Array(navigation.linkObject(link, page: pageObject).utf8)) }
        if !navigation.outline.isEmpty {
            for body in navigation.outlineObjects(root: outlineRoot, page: pageObject) { object(Array(body.utf8)) }
        }
        // Symbol has its own built-in encoding: no /Encoding entry.
        object(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Symbol >>".utf8))
        let xref = out.count
        out += Array("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { out += Array((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8) }
        out += Array("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R /Info 5 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    static func content(_ marks: [PrintMark]) -> [UInt8] {
        var out: [UInt8] = []
        for mark in marks {
            switch mark {
            case let .text(x, y, text, bold, size):
                let font = bold ? "/F2" : "/F1"
                out += Array("BT \(font) \(number(size)) Tf \(number(x)) \(number(y)) Td ".utf8)
                let runs = WinAnsi.runs(text)
                // A Symbol stretch switches font and back; each Tj moves on by the width it drew.
                for (index, run) in runs.enumerated() {
                    if run.symbol || index > 0 { out += Array("\(run.symbol ? "/F3" : font) \(number(size)) Tf ".utf8) }
                    out += literal(run.bytes) + Array(" Tj ".utf8)
                }
                if runs.isEmpty { out += Array("() Tj ".utf8) }
                out += Array("ET\n".utf8)
            case let .box(x, y, width, height, gray):
                out += Array("\(number(gray)) g \(number(x)) \(number(y)) \(number(width)) \(number(height)) re f 0 g\n".utf8)
            case let .rule(x1, y1, x2, y2, width):
                out += Array("\(number(width)) w \(number(x1)) \(number(y1)) m \(number(x2)) \(number(y2)) l S\n".utf8)
            }
        }
        return out
    }

    /// A text string outside content streams (title, bookmark): not WinAnsi but UTF-16BE with its
    /// byte order mark (ISO 32000-1 §7.9.2.2), so accents and "—" survive; hex needs no escaping.
    static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    /// A PDF string literal of font codes; only the three delimiters are escaped.
    static func literal(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "(")]
        for byte in bytes {
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        return out + [UInt8(ascii: ")")]
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }
}
