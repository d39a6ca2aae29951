import Testing
@testable import CTGCore

@Suite("Prefecture stamps")
struct DocumentStampTests {
    private typealias ActesIdentifier = DocumentParser.ActesIdentifier

    @Test func majorityOfValidReadings() {
        let reading = StampReader.read(DocumentSeed.text)
        #expect(reading.actesId == "063-200072080-20220607-CC20220406-DE")
        #expect(reading.receivedOn == "2022-06-20")
        #expect(reading.publishedOn == "2022-06-20")
    }

    @Test func corruptedStampsGiveOneSummarisedWarning() throws {
        let warnings = try DocumentSeed.document().warnings
        let actes = warnings.filter { $0.contains("ACTES") }
        #expect(actes.count == 1)
        let summary = try #require(actes.first)
        for bad in ["061-20073880-20220607-AL2-00406-DE", "063-200072080-20220607-CC20220406-D8",
                    "063-200072080-20220607-CC20220406-b*", "200072080-20220607-CC20220405-DE"] {
            #expect(summary.contains(bad))
        }
        #expect(warnings.contains { $0.contains("04/07/2022") && $0.contains("publication") })
    }

    @Test func stampsAreRemovedFromEveryField() throws {
        var doc = try DocumentSeed.document()
        doc.warnings = []   // the stamp warnings quote the stamps on purpose
        let json = try #require(String(data: try doc.jsonData(), encoding: .utf8))
        #expect(!json.contains("AR Prefecture"))
        #expect(!json.contains("Reçu le"))
        #expect(!json.contains("10/06/2022"))
    }

    @Test(arguments: [
        ("063-200072080-20220607-CC20220406-DE", true),
        ("063-200072080-20220607-CC20220406-D8", false),
        ("063-200072080-20220607-CC20220406-b*", false),
        ("061-20073880-20220607-AL2-00406-DE", false),
        ("200072080-20220607-CC20220405-DE", false),
        ("063-200072081-20220607-CC20220406-DE", false),   // Luhn
        ("063-200072080-20221307-CC20220406-DE", false),   // month 13
        ("063-200072080-20220607-CC2022040600000000-DE", false),
        ("02A-200072080-20220607-2022_12-AR", true),
    ])
    func actesIdentifierFormat(id: String, valid: Bool) {
        #expect(ActesIdentifier.isValid(id) == valid)
    }

    @Test func stampLinesAreRecognised() {
        for line in ["AR Prefecture", " Reçu le 20/06/2022", "publié le 20/06/2022", "10/06/2022",
                     "063-200072080-20220607-CC20220406-b*"] {
            #expect(StampReader.isStampLine(line), "\(line)")
        }
        for line in ["Publiée ou notifiée", "1-1-1-A", "Action 1-1-1 => x", "Transmise en Sous-Prefecture"] {
            #expect(!StampReader.isStampLine(line), "\(line)")
        }
    }

    @Test func tiesGoToTheFirstReading() {
        #expect(StampReader.majority(["a", "b", "b", "a"]) == "a")
        #expect(StampReader.majority(["a", "b", "b"]) == "b")
        #expect(StampReader.majority([]) == nil)
    }
}
