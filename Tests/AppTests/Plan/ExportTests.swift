@testable import App
import CSV
import Foundation
import Testing
import VaporTesting

@Suite struct ExportTests {
    @Test func csvOpensInFrenchExcel() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/plan.csv") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.contains("text/csv") == true)
                let bytes = Array(res.body.readableBytesView)
                #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
                let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
                let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
                #expect(reader.headerRow == PlanCSV.header)
                var rows: [[String]] = []
                while let row = reader.next() { rows.append(row) }
                #expect(rows.count == 46)
                let row = try #require(rows.first { $0[4] == "2-1-1-B" })
                #expect(row[5] == "Harmoniser les tarifs")
                #expect(row[7].contains("La Clé des Champs"))
            }
        }
    }

    @Test func apiListsConventionsAndServesThePlanShape() async throws {
        try await withApp { app in
            var planURL = ""
            try await app.testing().test(.GET, "/api/v1/conventions") { res in
                #expect(res.status == .ok)
                let list = try res.content.decode([ConventionAPIController.ConventionSummary].self)
                #expect(list.count == 1)
                planURL = list.first?.planURL ?? ""
            }
            try await app.testing().test(.GET, planURL) { res in
                #expect(res.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView)) as? [String: Any])
                let plan = try #require(json["plan"] as? [String: Any])
                let axes = try #require(plan["axes"] as? [[String: Any]])
                #expect(axes.count == 4)
                #expect(axes[2]["title"] is NSNull)
                let deliberation = try #require(json["deliberation"] as? [String: Any])
                #expect(deliberation["number"] as? String == "CC2022-04-06")
                #expect(json["warnings"] is [String])
            }
            try await app.testing().test(.GET, "/api/v1/conventions/999/plan") { res in
                #expect(res.status == .notFound)
                #expect(res.body.string.contains("Aucune convention"))
            }
        }
    }
}
