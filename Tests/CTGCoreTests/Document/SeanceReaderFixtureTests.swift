import CTGCore
import Foundation
import Testing

/// Every text of Tests/Fixtures/deliberations (written for these tests, with invented
/// names, each in another council's layout) read into the JSON written beside it by hand.
@Suite struct SeanceReaderFixtureTests {
    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/deliberations")
    }()

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.names.count >= 15, "\(Self.folder.path)")
    }

    @Test(arguments: names) func readsAsExpected(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let expected = try JSONDecoder().decode(
            ParsedSeance.self, from: Data(contentsOf: Self.folder.appendingPathComponent(name + ".json")))
        let actual = SeanceReader.read(text)
        #expect(actual.date == expected.date, "date")
        #expect(actual.time == expected.time, "heure")
        #expect(actual.convokedOn == expected.convokedOn, "convocation")
        #expect(actual.president == expected.president, "président")
        #expect(actual.secretary == expected.secretary, "secrétaire")
        #expect(actual.counts == expected.counts, "comptes")
        #expect(actual.present == expected.present, "présents")
        #expect(actual.proxies == expected.proxies, "pouvoirs")
        #expect(actual.substitutes == expected.substitutes, "suppléants")
        #expect(actual.excused == expected.excused, "excusés")
        #expect(actual.absent == expected.absent, "absents")
        #expect(actual.deliberations == expected.deliberations, "délibérations")
        #expect(actual.warnings == expected.warnings, "avertissements")
    }
}
