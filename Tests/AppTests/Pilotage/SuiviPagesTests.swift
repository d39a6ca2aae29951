@testable import App
import CSV
import CTGCore
import Fluent
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Vapor
import VaporTesting

/// The read-only follow-up pages: Gantt, table with filters and CSV, financeurs.
@Suite struct SuiviPagesTests {
    @Test func followUpPagesNeedASignedInUser() async throws {
        try await withApp { app in
            for path in ["/pays-de-saint-eloy/suivi", "/pays-de-saint-eloy/suivi.csv", "/pays-de-saint-eloy/gantt", "/pays-de-saint-eloy/financeurs", "/pays-de-saint-eloy/suivi/ponderations"] {
                let res = try await app.testing().sendRequest(.GET, path)
                #expect(res.status == .seeOther, "\(path)")
                #expect(res.headers.first(name: .location)?.hasPrefix("/connexion") == true, "\(path)")
            }
            // The public fiche keeps statuses and progress, without forms, comments nor history.
            try await SuiviFixture.record("1-2-3-A", year: 2023, .en_cours, on: app, comment: "Note interne")
            let fiche = try await app.testing().sendRequest(.GET, "/pays-de-saint-eloy/plan/fiches/1-2-3").body.string
            #expect(fiche.contains("Suivi de la fiche"))
            #expect(!fiche.contains("/statut"))
            #expect(!fiche.contains("Note interne"))
            #expect(!fiche.contains("id=\"historique\""))
        }
    }

    @Test func theGanttIsWellFormedSVGWithTheSousActionCodes() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023, month: 3, day: 1)
            try await SuiviFixture.record("1-2-3-A", year: 2023, .en_cours, on: app)
            let lecteur = try await signIn(app, as: .lecteur)
            let res = try await lecteur.get("/pays-de-saint-eloy/gantt")
            #expect(res.status == .ok)
            let html = res.text
            let start = try #require(html.range(of: "<svg"))
            let end = try #require(html.range(of: "</svg>", options: .backwards))
            let svg = String(html[start.lowerBound..<end.upperBound])
            let probe = SVGProbe(svg)
            #expect(probe.wellFormed, "\(probe.error ?? "")")
            for code in ["1-1-1-A", "1-2-3-A", "2-1-1-D", "3-1-3-B", "4-2-2-B"] {
                #expect(probe.text.contains(code), "\(code)")
            }
            #expect(probe.text.contains("1-2-3-A — 2023 : en cours"))
            #expect(probe.text.contains("3-1-3-A — 2022 : en retard"))
            #expect(probe.text.contains("Aujourd'hui : 1er mars 2023"))
            // The text alternative says the same.
            #expect(html.contains("Version texte du diagramme"))
            #expect(html.contains("<th scope=\"row\" class=\"code\">2-1-1-D</th>"))
        }
    }

    @Test func theTableFiltersAndExportsTheSameRows() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            try await SuiviFixture.record("3-1-1-B", year: 2023, .en_pause, on: app, comment: "Attente; « salle »")
            let lecteur = try await signIn(app, as: .lecteur)
            // Counts from the document: axe 3 has 10 sous-actions; La Clé des Champs is responsable of
            // 2-1-1 (4), 2-1-2 (2), 2-1-3 (2), 2-2-1 (4), 3-1-1 (3), 3-1-3 (2), 3-2-1 (3), 4-2-2 (2) = 22;
            // the DSDEN (of the Puy-de-Dôme, the département of the ACTES stamp) is named on the first row of 9 fiches; only 1-2-3-A and B are planned in 2023.
            let expected: [(String, Int)] = [
                ("", 46), ("axe=3", 10), ("organisation=La%20Cl%C3%A9%20des%20Champs", 22), ("financeur=DSDEN%20du%20Puy-de-D%C3%B4me", 9),
                ("annee=2023", 2), ("statut=en_pause", 1), ("statut=en%20retard", 2), ("axe=3&statut=en_retard", 2),
                ("axe=3&financeur=DSDEN%20du%20Puy-de-D%C3%B4me&organisation=La%20Cl%C3%A9%20des%20Champs", 3), ("axe=4&annee=2022", 0),
            ]
            for (query, count) in expected {
                let rows = try await Self.csv(lecteur, "/pays-de-saint-eloy/suivi.csv?" + query)
                #expect(rows.count == count, "\(query)")
                let page = try await lecteur.get("/pays-de-saint-eloy/suivi?" + query)
                #expect(page.status == .ok)
                #expect(page.text.components(separatedBy: "<tr><td class=\"code\">").count - 1 == count, "\(query)")
            }
            let paused = try #require(try await Self.csv(lecteur, "/pays-de-saint-eloy/suivi.csv?statut=en_pause").first)
            #expect(paused[3] == "3-1-1-B")
            #expect(paused[8] == "en pause")
            #expect(paused[11] == "50")
            #expect(paused[12] == "Attente; « salle »")
            let late = try await Self.csv(lecteur, "/pays-de-saint-eloy/suivi.csv?statut=en_retard")
            #expect(late.map { $0[3] } == ["3-1-3-A", "3-1-3-B"])
            #expect(late.allSatisfy { $0[9] == "à venir" && $0[10] == "oui" })

            let bad = try await lecteur.get("/pays-de-saint-eloy/suivi.csv?statut=fini")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("Filtre « statut » invalide".inPage))
            // The page's own CSV link keeps its filters.
            #expect(try await lecteur.get("/pays-de-saint-eloy/suivi?axe=3&annee=2022").text.contains("/pays-de-saint-eloy/suivi.csv?axe=3"))
        }
    }

    @Test func theFinanceursMatrixCountsFichesAndSousActions() async throws {
        try await withApp { app in
            let tree = try await PlanTree.load(conventionID: try await SuiviFixture.conventionID(app), on: app.db)
            let matrix = try await FinanceursController.matrix(tree: tree, on: app.db)
            #expect(matrix.rows.count == 18)
            let columns = Dictionary(uniqueKeysWithValues: matrix.columns.map { ($0.name, ($0.fiches, $0.subActions)) })
            // From the "Financier" column: the CAF and the MSA fund every fiche, named on 20 rows
            // (the first row of each fiche, plus 1-2-3-B and 4-1-2-B which repeat them).
            #expect(columns["CAF du Puy-de-Dôme"]! == (18, 20))
            #expect(columns["MSA"]! == (18, 20))
            #expect(columns["Communauté de communes du Pays de Saint-Eloy"]! == (15, 16))
            #expect(columns["DSDEN du Puy-de-Dôme"]! == (9, 9))
            #expect(columns["Conseil départemental du Puy-de-Dôme"]! == (4, 4))
            #expect(columns["CARSAT"]! == (1, 1))
            #expect(matrix.columns.count == 9)
            #expect(matrix.columns.first?.name == "CAF du Puy-de-Dôme")
            let row123 = try #require(matrix.rows.first { $0.code == "1-2-3" })
            let caf = try #require(matrix.columns.firstIndex { $0.name == "CAF du Puy-de-Dôme" })
            #expect(row123.cells[caf].number == 2)

            let lecteur = try await signIn(app, as: .lecteur)
            let page = try await lecteur.get("/pays-de-saint-eloy/financeurs")
            #expect(page.status == .ok)
            #expect(page.text.contains("<th scope=\"row\">Fiches financées</th><td class=\"count\">18</td>"))
        }
    }

    static func csv(_ browser: Browser, _ path: String) async throws -> [[String]] {
        let res = try await browser.get(path)
        #expect(res.status == .ok, "\(path)")
        let bytes = Array(res.body.readableBytesView)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let reader = try CSVReader(string: String(decoding: bytes.dropFirst(3), as: UTF8.self), hasHeaderRow: true, delimiter: ";")
        #expect(reader.headerRow == SuiviTable.csvHeader)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }
}

/// Parses an SVG and keeps its text, to check it is well-formed XML with the expected labels.
final class SVGProbe: NSObject, XMLParserDelegate {
    private(set) var wellFormed = false
    private(set) var error: String?
    private(set) var text = ""

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        wellFormed = parser.parse()
        error = parser.parserError.map { "\($0)" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { text += " " }
}
