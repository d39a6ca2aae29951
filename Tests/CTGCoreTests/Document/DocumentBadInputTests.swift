import Foundation
import Testing
@testable import CTGCore

@Suite("Bad and partial inputs")
struct DocumentBadInputTests {
    private func error(_ text: String) -> DocumentError? {
        do { _ = try DocumentParser.parse(text); return nil } catch { return error }
    }

    @Test func emptyText() {
        #expect(error("") == .empty)
        #expect(error("  \n\t\n ") == .empty)
        #expect(DocumentError.empty.description == "Le fichier est vide.")
        #expect(throws: DocumentError.empty) { try DocumentParser.parse(data: Data()) }
    }

    @Test func binaryContent() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(throws: DocumentError.binary) { try DocumentParser.parse(data: Data(bytes)) }
        #expect(error(String(decoding: bytes, as: UTF8.self)) == .binary)
        let noise = String((0..<400).map { Character(UnicodeScalar(UInt8(($0 * 37) % 32))) })
        #expect(error("Action 1-1-1 => x\n" + noise) == .binary)
        #expect(DocumentError.binary.description == "Le fichier n'est pas un texte lisible (contenu binaire).")
    }

    @Test func proseIsNotADeliberation() {
        let prose = "Il était une fois un petit chaperon rouge.\nElle traversa la forêt le 7 juin 2022 à 18 heures.\n"
        #expect(error(prose) == .notADeliberation)
        #expect(DocumentError.notADeliberation.description == "Ce texte n'est ni une délibération ni un plan d'actions de CTG.")
    }

    @Test func latin1BytesAreDecoded() throws {
        // Latin-1 by hand: Foundation on Linux has no lossy Latin-1 encoder.
        let data = Data(DocumentSeed.text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") })
        #expect(String(data: data, encoding: .utf8) == nil)
        let doc = try DocumentParser.parse(data: data)
        #expect(doc.deliberation?.number == "CC2022-04-06")
        #expect(doc.deliberation?.secretary == "Karine BOURNAT-GONZALEZ")
        #expect(doc.plan.axes.flatMap(\.objectives).flatMap(\.actions).count == 18)
    }

    @Test func utf16WithByteOrderMarkIsText() throws {
        let data = try #require(DocumentSeed.text.data(using: .utf16))
        #expect(data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]))
        #expect(try DocumentParser.parse(data: data) == DocumentSeed.document())
    }

    @Test func truncatedInsideFiche213() throws {
        let lines = DocumentSeed.text.components(separatedBy: "\n")
        let cut = try #require(lines.firstIndex { $0.hasPrefix("Action 2-1-3") }) + 14
        let doc = try DocumentParser.parse(DocumentSeed.prefix(lines: cut))
        #expect(doc.deliberation?.number == "CC2022-04-06")
        #expect(doc.warnings.contains("Le document semble tronqué : 8 fiches lues sur 18 annoncées dans le plan d'actions."))
        #expect(doc.warnings.contains { $0.hasPrefix("Fiche 2-1-3 incomplète") })
        let actions = doc.plan.axes.flatMap(\.objectives).flatMap(\.actions)
        let a213 = try #require(actions.first { $0.code == "2-1-3" })
        #expect(a213.diagnostic != nil)
        #expect(a213.subActions.isEmpty)
        let a221 = try #require(actions.first { $0.code == "2-2-1" })
        #expect(a221.title == "Proposer des espaces temps pour les 16-25 ans")
        #expect(a221.subActions.count == 4 && a221.subActions.allSatisfy { $0.code == nil && $0.years.isEmpty })
        #expect(a221.warnings == ["Fiche 2-2-1 absente du document : intitulé et sous-actions repris du plan d'actions."])
    }

    @Test func planWithoutDeliberation() throws {
        let lines = DocumentSeed.text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("CTG >") })
        let doc = try DocumentParser.parse(lines[start...].joined(separator: "\n"))
        #expect(doc.deliberation == nil)
        #expect(doc.warnings.contains("Aucune délibération trouvée : seul le plan d'actions est importé."))
        #expect(doc.plan.axes.flatMap(\.objectives).flatMap(\.actions).count == 18)
    }

    @Test func deliberationWithoutPlan() throws {
        let lines = DocumentSeed.text.components(separatedBy: "\n")
        let end = try #require(lines.firstIndex { $0.hasPrefix("CTG >") })
        let doc = try DocumentParser.parse(lines[..<end].joined(separator: "\n"))
        #expect(doc.deliberation?.subject.hasPrefix("Validation de la contractualisation") == true)
        #expect(doc.plan.axes.isEmpty)
        #expect(doc.warnings.contains("Aucun plan d'actions trouvé dans le document."))
    }

    @Test func fichesOnlyWithArrowsAndCrLf() throws {
        let text = "Action 9-1-1 → Tester\r\n\r\nDiagnostic : Aucun.\r\n\r\nPublic ciblé : Tous\r\n"
        let doc = try DocumentParser.parse(text)
        let action = try #require(doc.plan.axes.first?.objectives.first?.actions.first)
        #expect(action.code == "9-1-1" && action.title == "Tester")
        #expect(action.diagnostic == "Aucun." && action.audience == "Tous")
        #expect(doc.warnings.contains { $0.hasPrefix("Fiche 9-1-1 incomplète") })
    }
}
