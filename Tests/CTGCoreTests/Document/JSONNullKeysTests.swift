import Foundation
import Testing
@testable import CTGCore

/// Readers of the export rely on every key being present, null when the
/// document lacks the value (the Axe 3 title, a public ciblé, an unnumbered row).
@Suite struct JSONNullKeysTests {
    @Test func missingValuesAreWrittenAsNull() throws {
        let plan = ParsedPlan(axes: [ParsedAxe(number: 3, title: nil, objectives: [
            ParsedObjective(number: 1, title: "T", actions: [
                ParsedAction(code: "3-1-1", title: "A", subActions: [ParsedSubAction(code: nil, title: "S")]),
            ]),
        ])])
        let document = ParsedDocument(deliberation: nil, plan: plan, warnings: [])
        let json = try #require(try JSONSerialization.jsonObject(with: document.jsonData()) as? [String: Any])
        #expect(json["deliberation"] is NSNull)
        let axe = try #require((json["plan"] as? [String: Any])?["axes"] as? [[String: Any]]).first
        #expect(axe?["title"] is NSNull)
        let action = try #require((axe?["objectives"] as? [[String: Any]])?.first?["actions"] as? [[String: Any]]).first
        #expect(action?["audience"] is NSNull)
        #expect(action?["diagnostic"] is NSNull)
        let sub = try #require(action?["subActions"] as? [[String: Any]]).first
        #expect(sub?["code"] is NSNull)
        #expect(sub?["staff"] is NSNull)
        #expect(try ParsedDocument(jsonData: document.jsonData()) == document)
    }
}
