import Foundation
import Testing
@testable import CTGCore

@Suite("Identifiant ACTES")
struct ActesIdentifierTests {
    @Test("the Saint-Eloy stamp parses and renders back")
    func validStamp() throws {
        let id = try ActesIdentifier(parsing: SaintEloy.actes)
        #expect(id.departement == "063")
        #expect(id.siren == "200072080")
        #expect(id.date == CivilDate("2022-06-07"))
        #expect(id.internalNumber == "CC20220406")
        #expect(id.nature == .DE)
        #expect(id.nature.label == "Délibération")
        #expect(id.description == SaintEloy.actes)
    }

    @Test("building from parts gives the canonical string, and JSON carries it")
    func build() throws {
        let id = try ActesIdentifier(departement: "02A", siren: "200072080", date: CivilDate("2021-11-10")!,
                                     internalNumber: "DEL_2021_12", nature: .AR)
        #expect(id.description == "02A-200072080-20211110-DEL_2021_12-AR")
        #expect(try ActesIdentifier(parsing: id.description) == id)
        let json = try JSONEncoder().encode(id)
        #expect(String(decoding: json, as: UTF8.self) == "\"02A-200072080-20211110-DEL_2021_12-AR\"")
        #expect(try JSONDecoder().decode(ActesIdentifier.self, from: json) == id)
    }

    @Test("Luhn: the Saint-Eloy SIREN is valid, one wrong digit is caught")
    func luhn() {
        #expect(Luhn.isValid("200072080"))
        #expect(!Luhn.isValid("200072081"))
        #expect(!Luhn.isValid("200072180"))
        #expect(Luhn.isValid("732829320"))
        #expect(!Luhn.isValid(""))
        #expect(!Luhn.isValid("20007208A"))
    }

    static let corrupted: [(String, ActesError)] = [
        ("061-20073880-20220607-AL2-00406-DE", .wrongPartCount(found: 6)),
        ("061-20073880-20220607-AL200406-DE", .sirenNotNineDigits("20073880")),
        ("063-200072080-20220607-CC20220406-D8", .natureCodeUnknown("D8")),
        ("063-200072080-20220607-CC20220406-b*", .natureCodeUnknown("b*")),
        ("200072080-20220607-CC20220405-DE", .missingDepartement),
        ("063-200072080-CC20220406-DE", .wrongPartCount(found: 4)),
        ("", .empty),
        ("63-200072080-20220607-CC20220406-DE", .departementMalformed("63")),
        ("020-200072080-20220607-CC20220406-DE", .departementMalformed("020")),
        ("02C-200072080-20220607-CC20220406-DE", .departementMalformed("02C")),
        ("063-200072081-20220607-CC20220406-DE", .sirenFailsLuhn("200072081")),
        ("063-20007208O-20220607-CC20220406-DE", .sirenNotNineDigits("20007208O")),
        ("063-200072080-2022067-CC20220406-DE", .dateMalformed("2022067")),
        ("063-200072080-20220231-CC20220406-DE", .dateInvalid("20220231")),
        ("063-200072080-20220607--DE", .internalNumberEmpty),
        ("063-200072080-20220607-CC20220406000000-DE", .internalNumberTooLong("CC20220406000000")),
        ("063-200072080-20220607-cc20220406-DE", .internalNumberBadCharacters("cc20220406")),
        ("063-200072080-20220607-CC2022/06-DE", .internalNumberBadCharacters("CC2022/06")),
        ("063-200072080-20220607-CC20220406-de", .natureCodeUnknown("de")),
    ]

    @Test("each corrupted stamp is refused with its own reason", arguments: corrupted)
    func refused(_ stamp: String, _ expected: ActesError) {
        #expect(ActesIdentifier.parse(stamp) == .failure(expected))
    }

    @Test("messages are French, distinct, and name the defect")
    func messages() {
        let messages = Self.corrupted.map(\.1.message)
        #expect(Set(messages).count == messages.count)
        #expect(ActesError.wrongPartCount(found: 6).message.contains("5 segments"))
        #expect(ActesError.sirenFailsLuhn("200072081").message.contains("Luhn"))
        #expect(ActesError.missingDepartement.message.contains("département"))
        #expect(ActesError.natureCodeUnknown("D8").message.contains("DE, AR, AI, CC, BF, AU"))
        #expect(ActesError.internalNumberTooLong("X").errorDescription == ActesError.internalNumberTooLong("X").message)
    }

    @Test("fifteen characters is the longest internal number")
    func internalNumberLimit() {
        let fifteen = String(repeating: "9", count: 15)
        #expect((try? ActesIdentifier(parsing: "063-200072080-20220607-\(fifteen)-DE")) != nil)
        #expect(ActesIdentifier.parse("063-200072080-20220607-\(fifteen)9-DE") == .failure(.internalNumberTooLong(fifteen + "9")))
    }

    @Test("every nature code parses and has a French label", arguments: ActesNatureCode.allCases)
    func natureCodes(_ code: ActesNatureCode) throws {
        let id = try ActesIdentifier(parsing: "063-200072080-20220607-CC20220406-\(code.rawValue)")
        #expect(id.nature == code)
        #expect(!code.label.isEmpty)
    }
}
