import Foundation
import Testing
@testable import CTGCore

@Suite("JSON contract and determinism")
struct DocumentJSONAndDeterminismTests {
    @Test func roundTripGivesAnEqualValue() throws {
        let doc = try DocumentSeed.document()
        for pretty in [true, false] {
            let decoded = try ParsedDocument(jsonData: try doc.jsonData(pretty: pretty))
            #expect(decoded == doc)
        }
    }

    @Test func keysAreSortedAndDatesArePlainStrings() throws {
        let json = try #require(String(data: try DocumentSeed.document().jsonData(), encoding: .utf8))
        let topLevel = json.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topLevel == ["deliberation", "identity", "organisations", "plan", "warnings"])
        #expect(json.contains("\"sessionDate\" : \"2022-06-07\""))
        #expect(json.contains("\"receivedOn\" : \"2022-06-20\""))
    }

    @Test func contractKeysArePresent() throws {
        let object = try JSONSerialization.jsonObject(with: try DocumentSeed.document().jsonData()) as? [String: Any]
        let plan = try #require(object?["plan"] as? [String: Any])
        let axe = try #require((plan["axes"] as? [[String: Any]])?.first)
        let action = try #require(((axe["objectives"] as? [[String: Any]])?.first?["actions"] as? [[String: Any]])?.first)
        for key in ["code", "title", "leads", "partners", "indicators", "expectedResults", "subActions", "warnings"] {
            #expect(action[key] != nil, "\(key)")
        }
        let sub = try #require((action["subActions"] as? [[String: Any]])?.first)
        for key in ["code", "title", "years", "funders"] { #expect(sub[key] != nil, "\(key)") }
    }

    @Test func sameTextSameValueSameBytes() throws {
        let first = try DocumentParser.parse(DocumentSeed.text)
        let second = try DocumentParser.parse(DocumentSeed.text)
        #expect(first == second)
        #expect(try first.jsonData() == second.jsonData())
    }

    @Test func lineEndingsAndTypographyDoNotChangeTheResult() throws {
        let variant = DocumentSeed.text.replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "l'action", with: "l’action")
        #expect(try DocumentParser.parse(variant) == DocumentSeed.document())
    }

    @Test func everyActionWarningIsInTheTopLevelList() throws {
        let doc = try DocumentSeed.document()
        for action in try DocumentSeed.actions() {
            for warning in action.warnings { #expect(doc.warnings.contains(warning)) }
        }
        #expect(Set(doc.warnings).count == doc.warnings.count, "duplicate warnings")
    }
}
