import Foundation
import Testing
@testable import CTGCore

@Suite("Text encodings of uploaded documents")
struct DocumentEncodingTests {
    private func decode(_ bytes: [UInt8]) throws(DocumentError) -> (String, DocumentEncoding) {
        let result = try DocumentEncoding.decode(Data(bytes))
        return (result.text, result.encoding)
    }

    @Test func validUTF8IsReadAsIs() throws {
        let (text, encoding) = try decode(Array("Fiche « élargie » – œuvre".utf8))
        #expect(text == "Fiche « élargie » – œuvre")
        #expect(encoding == .utf8)
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let (text, encoding) = try decode([0xEF, 0xBB, 0xBF] + Array("Délibération".utf8))
        #expect(text == "Délibération" && encoding == .utf8)
    }

    @Test func windows1252IsConverted() throws {
        // "Été – l’œuvre coûte 5 €" as a Windows editor saves it.
        let bytes: [UInt8] = [0xC9, 0x74, 0xE9, 0x20, 0x96, 0x20, 0x6C, 0x92, 0x9C, 0x75, 0x76, 0x72, 0x65,
                              0x20, 0x63, 0x6F, 0xFB, 0x74, 0x65, 0x20, 0x35, 0x20, 0x80]
        let (text, encoding) = try decode(bytes)
        #expect(text == "Été – l’œuvre coûte 5 €")
        #expect(encoding == .windows1252)
    }

    @Test func plainLatin1IsConverted() throws {
        let (text, _) = try decode([0x72, 0xE9, 0x73, 0x75, 0x6C, 0x74, 0x61, 0x74, 0x20, 0xE0, 0x20, 0xE7, 0xE0])
        #expect(text == "résultat à çà")
    }

    @Test func bytesThatAreNeitherAreRefused() {
        // 0x81 has no character in Windows-1252, and the rest is not UTF-8.
        #expect(throws: DocumentError.unknownEncoding) { try decode([0x41, 0x81, 0xE9]) }
        #expect(DocumentError.unknownEncoding.description.contains("UTF-8"))
    }

    @Test func utf16WithoutMarkAndNulBytesAreRefused() throws {
        let utf16LE = "Délibération".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: DocumentError.unknownEncoding) { try decode(utf16LE) }
        let utf16BE = "Délibération".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(throws: DocumentError.unknownEncoding) { try decode(utf16BE) }
        #expect(throws: DocumentError.binary) { try decode([0x41, 0x00, 0x42]) }
        let withMark = try decode([0xFF, 0xFE] + utf16LE)
        #expect(withMark.0 == "Délibération" && withMark.1 == .utf16)
    }

    @Test func nothingIsEverReplacedByAQuestionMarkOrFFFD() throws {
        for byte in UInt8(0x20)...UInt8(0xFF) where ![0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
            let (text, _) = try decode([0x61, byte, 0xFF])
            #expect(!text.contains("\u{FFFD}"))
            #expect(text.unicodeScalars.count == 3)
        }
    }

    @Test func oversizedDocumentsAreRefusedWithTheLimit() throws {
        let big = Data(repeating: 0x61, count: DocumentEncoding.maximumBytes + 1)
        #expect(throws: DocumentError.tooLarge(bytes: big.count)) { try DocumentEncoding.decode(big) }
        #expect(DocumentError.tooLarge(bytes: 12 * 1024 * 1024 + 512 * 1024).description
                == "Le fichier est trop volumineux (12,5 Mo) : la taille maximale est de 5 Mo.")
        let atLimit = Data(repeating: 0x61, count: DocumentEncoding.maximumBytes)
        #expect(try DocumentEncoding.decode(atLimit).text.count == 5 * 1024 * 1024)
    }

    /// The seed saved by a Windows editor parses to exactly the plan of the UTF-8 file.
    @Test func windows1252CopyOfTheSeedParsesTheSame() throws {
        // "→" has no Windows-1252 byte; the parser reads "=>" the same way.
        let text = DocumentSeed.text.replacingOccurrences(of: "→", with: "=>")
        let special: [Character: UInt8] = ["–": 0x96, "’": 0x92, "œ": 0x9C, "€": 0x80]
        var bytes: [UInt8] = []
        for character in text {
            for scalar in character.unicodeScalars {
                if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                    bytes.append(UInt8(scalar.value))
                } else {
                    bytes.append(try #require(special[character], "\(character) hors Windows-1252"))
                }
            }
        }
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let fromWindows = try DocumentParser.parse(data: Data(bytes))
        let fromUTF8 = try DocumentParser.parse(data: Data(text.utf8))
        #expect(try fromWindows.jsonData(pretty: true) == fromUTF8.jsonData(pretty: true))
        #expect(fromWindows.plan.axes.flatMap(\.objectives).flatMap(\.actions).count == 18)
    }
}
