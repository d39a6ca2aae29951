@testable import App
import CTGCore
import Foundation
import Testing
import Vapor

/// `ctg bilan`'s core, called directly: same numbers as the page, progress lines on the side.
@Suite struct BilanCLITests {
    @Test func jsonAndCSVFromTheCommandCore() async throws {
        try await withApp { app in
            _ = try await BilanTests.recordYear(app)
            let lines = LineCollector()
            let json = try await BilanExport.render(.json, year: "2023", conventionID: nil, app: app) { lines.add($0) }
            try BilanTests.expectSeededNumbers(json)
            #expect(lines.all.first == "Bilan 2023 : chargement du plan, des statuts et des indicateurs…")
            #expect(lines.all.last?.hasPrefix("Bilan 2023 : terminé") == true)

            let csv = try await BilanExport.render(.csv, year: "2023", conventionID: nil, app: app)
            #expect(csv.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
            let rows = String(decoding: csv.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(rows.first == BilanCSV.header.joined(separator: ";"))
            // 4 axes + 18 fiches + 46 sous-actions + 37 indicators + 30 expected results.
            #expect(rows.count - 1 == 4 + 18 + 46 + 37 + 30 + 2)  // + the year's and the convention's budget
            #expect(rows.contains { $0.contains(";1-1-1;Sous-action;1-1-1-A;Adapter les agréments au besoin des familles;réalisé;;;agréments adaptés;100") })
            #expect(rows.contains { $0.contains(";Indicateur;;Evolution du taux d'occupation des structures;72\u{202F}%;70\u{202F}%;cible atteinte;;;62\u{202F}%") })
        }
    }

    @Test func htmlFromTheCommandCoreIsAStandalonePrintDocument() async throws {
        try await withApp { app in
            let lines = LineCollector()
            let html = String(decoding: try await BilanExport.render(.html, year: "2024", conventionID: nil, app: app) { lines.add($0) },
                              as: UTF8.self)
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("<style>") && html.contains("@page"))  // the stylesheet travels with the file
            #expect(html.contains("Bilan annuel 2024") && !html.contains("class=\"site-header\""))
            #expect(html.components(separatedBy: "<section class=\"bilan-axe\"").count == 5)
            #expect(lines.all.contains("Bilan 2024 : axe 4/4…"))
            await #expect(throws: AppError.self) {
                _ = try await BilanExport.render(.json, year: "2031", conventionID: nil, app: app)
            }
        }
    }
}

/// Progress lines, collected from a non-async callback.
final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
