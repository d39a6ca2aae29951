@testable import App
import CTGCore
import Foundation
import Testing

/// `ctg deliberation check` on other councils' texts (Tests/Fixtures/deliberations).
@Suite struct SeanceCheckCLITests {
    static func fixture(_ name: String) -> String {
        TestPaths.packageRoot + "/Tests/Fixtures/deliberations/\(name).txt"
    }

    @Test func twoProxiesHeldByOneMemberIn2019AreIrregular() throws {
        let report = try #require(try DeliberationCheckCLI.seanceReport(
            path: Self.fixture("12-deux-pouvoirs-pour-un-membre"), sessionDate: nil))
        let verdict = try #require(report.verdicts.first)
        #expect(verdict.number == "2019-058")
        let check = try #require(verdict.check)
        #expect(check.valid == false)
        #expect(check.proxyViolations.map(\.holder) == ["Cyril DORÉ"])
        #expect(SeanceCheckCLI.text(report).contains("Délibération irrégulière."))
    }

    @Test func everyDeliberationOfAProcesVerbalGetsAVerdict() throws {
        let report = try #require(try DeliberationCheckCLI.seanceReport(
            path: Self.fixture("02-proces-verbal-plusieurs-deliberations"), sessionDate: nil))
        #expect(report.verdicts.map(\.number) == ["CC/20-167", "CC/20-168", "CC/20-169"])
        #expect(report.verdicts.allSatisfy { $0.check?.valid == true })
        let json = try SeanceCheckCLI.json(report)
        #expect(json.contains("\"verdicts\""))
        #expect(json.contains("\"inFavour\" : 10"))
    }

    @Test func theSeedStillGoesThroughTheCTGReader() throws {
        #expect(try DeliberationCheckCLI.seanceReport(path: TestPaths.seedDocument, sessionDate: nil) == nil)
    }

    @Test func aTextWithoutSeanceIsRefusedInFrench() throws {
        let path = NSTemporaryDirectory() + "ctg-recette-\(UUID().uuidString).txt"
        try "Recette de la tarte aux pommes : éplucher quatre pommes.".write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: CommandFailure.self) {
            _ = try DeliberationCheckCLI.seanceReport(path: path, sessionDate: nil)
        }
        #expect(error?.description.contains("ni une délibération ni un procès-verbal") == true)
    }
}
