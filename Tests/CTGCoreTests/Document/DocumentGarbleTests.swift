import Foundation
import PropertyBased
import Testing
@testable import CTGCore

/// Texts made from scratch rather than from the seed: lines shaped like the ones the reader
/// looks for (headings, fiche heads, stamps, tables, votes), cut, glued and mixed with noise.
/// Whatever comes in, the reader answers a document or a `DocumentError` and returns.
@Suite("Reading garbled texts")
struct DocumentGarbleTests {
    /// Fragments of everything the reader has a rule for, plus what OCR leaves behind.
    static let pieces = [
        "AXE 2 MAINTENIR L'OFFRE", "Axe", "Objectif 1 : ", "Objectif n° 12 -", "Action 1-2-3 => ", "Action 9-9-9 :",
        "Fiche-action : actions 3 - 1 - 1", "**", "|", " | ", "\t", "\n", "\n\n", "Reçu en préfecture le 12/03/2021",
        "Accusé de réception", "063-200072080-20210312-DEL_2021_05-DE", "Publié le : 15/03/2021", "Affiché le",
        "Délibération n° 2021-05", "N° DEL", "Objet : ", "Pour : 12", "Contre : 0", "Abstentions : 3", "unanimité",
        "<table><tr><td colspan=\"2\">x</td></tr>", "<li>", "</td>", "&amp;", "SIREN : 200 072 080", "département du ",
        "Puy-de-Dôme", "63330", "St Eloy", "Mairie de ", "CD63", "(", ")", "((", "Séance du 8 octobre 2020",
        "L'an deux mille vingt", "le 19 novembre", "convoqué le ", "sous la présidence de M. Dupont", "présents : 21",
        "pouvoir à ", "représenté par", "suppléant de", "2021-2024", "2021 2022 2023", "durée de quatre ans à compter du ",
        "Plan d'actions", "Indicateurs :", "Résultats attendus", "é", "\u{301}", "ﬁ", "œ", "\u{FFFD}", "   ", "-", "•", "=>",
    ]

    @Test func garbledTextsNeverCrashTheReader() async {
        let piece = Gen.int(in: 0...(Self.pieces.count - 1))
        await propertyCheck(count: 200, input: piece.array(of: 0...120)) { indices in
            let text = indices.map { Self.pieces[$0] }.joined()
            switch Result(catching: { () throws(DocumentError) in try DocumentParser.parse(text) }) {
            case .success(let document):
                #expect((try? document.jsonData(pretty: false)) != nil)
            case .failure(let error):
                #expect(!error.description.isEmpty)
            }
        }
    }

    /// Raw bytes, most of them printable, through the whole path an upload takes (encoding first).
    @Test func randomBytesNeverCrashTheReader() async {
        // Printable ASCII, many line breaks and spaces, parts of UTF-8 sequences, a few control bytes.
        let pool = Array(32...126) + [10, 10, 10, 10, 9, 32, 32, 0xC3, 0xA9, 0xE2, 0x80, 0x99, 0xFF, 0x00, 0x01, 0x0C]
        let byte = Gen.int(in: 0...(pool.count - 1)).map { UInt8(pool[$0]) }
        await propertyCheck(count: 200, input: byte.array(of: 0...2_000)) { bytes in
            switch Result(catching: { () throws(DocumentError) in try DocumentParser.parse(data: Data(bytes)) }) {
            case .success(let document): #expect((try? document.jsonData(pretty: false)) != nil)
            case .failure(let error): #expect(!error.description.isEmpty)
            }
        }
    }

    /// The limit is on the text too, not only on the file's bytes: refused at once.
    @Test func aTextOverTheLimitIsRefusedWithAFrenchMessage() {
        let text = String(repeating: "Axe 1 : trop long\n", count: DocumentEncoding.maximumBytes / 18 + 1)
        #expect(throws: DocumentError.tooLarge(bytes: text.utf8.count)) { try DocumentParser.parse(text) }
        #expect(DocumentError.tooLarge(bytes: text.utf8.count).description.hasPrefix("Le fichier est trop volumineux"))
    }
}
