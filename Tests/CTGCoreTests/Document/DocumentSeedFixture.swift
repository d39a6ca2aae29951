import Foundation
import Testing
@testable import CTGCore

/// The Saint-Eloy seed document, parsed once for all golden tests.
enum DocumentSeed {
    /// Walks up from this file to the repository root; symlinks are resolved first so the
    /// tests also find the seed when the Document folder is linked into another package.
    static let url: URL? = {
        let file = URL(fileURLWithPath: #filePath)
        for start in [file.resolvingSymlinksInPath(), file] {
            var dir = start.deletingLastPathComponent()
            while dir.path.count > 1 {
                let candidate = dir.appendingPathComponent("Resources/Documents/saint-eloy-ctg-2022.txt")
                if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    static let text: String = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""

    static let result: Result<ParsedDocument, DocumentError> = Result { () throws(DocumentError) in
        try DocumentParser.parse(text)
    }

    static func document() throws -> ParsedDocument {
        _ = try #require(url, "Resources/Documents/saint-eloy-ctg-2022.txt introuvable au-dessus de \(#filePath)")
        return try result.get()
    }

    static func actions() throws -> [ParsedAction] {
        try document().plan.axes.flatMap(\.objectives).flatMap(\.actions)
    }

    static func action(_ code: String) throws -> ParsedAction {
        try #require(try actions().first { $0.code == code }, "fiche \(code) absente")
    }

    static func subAction(_ code: String) throws -> ParsedSubAction {
        try #require(try actions().flatMap(\.subActions).first { $0.code == code }, "sous-action \(code) absente")
    }

    /// The seed cut after its first `lineCount` lines.
    static func prefix(lines lineCount: Int) -> String {
        text.components(separatedBy: "\n").prefix(lineCount).joined(separator: "\n")
    }
}
