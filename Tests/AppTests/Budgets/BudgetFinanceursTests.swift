@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import Workbook

/// `/financeurs` adds the budget lines up per financeur and per axe, and its CSV and XLSX
/// carry the same numbers as typed.
@Suite struct BudgetFinanceursTests {
    /// Fonds Alpha: 12 500,50 (2023, axe 1, 1 000 spent) + 4 000 (2024, axe 2, 2 000 spent);
    /// Mutuelle Beta: 3 000 (2024, axe 1, spent unknown).
    static func enter(_ app: Application) async throws -> Browser {
        let alpha = try await BudgetFixture.organisation(app, "Fonds Alpha")
        let beta = try await BudgetFixture.organisation(app, "Mutuelle Beta")
        let axeOne = try await BudgetFixture.path("1-2-3-A", app)
        let (_, axeTwo) = try await BudgetFixture.axeTwo(app)
        let coordinateur = try await signIn(app, as: .coordinateur)
        for (path, form) in [
            (axeOne, ["year": "2023", "financeur": "\(alpha)", "planned": "12 500,50", "spent": "1 000"]),
            (axeTwo, ["year": "2024", "financeur": "\(alpha)", "planned": "4000", "spent": "2000,00"]),
            (axeOne, ["year": "2024", "financeur": "\(beta)", "planned": "3 000 €"]),
        ] {
            let answer = try await coordinateur.post(path, form)
            #expect(answer.status == .seeOther, "\(answer.text.prefix(300))")
        }
        return coordinateur
    }

    @Test func amountsAndTotalsPerFinanceurAndAxe() async throws {
        try await withApp { app in
            let coordinateur = try await Self.enter(app)
            let page = try await coordinateur.get(Seed.path(.financeurs)).text
            // Alpha 16 500,50 planned, 3 000 spent (18 %); Beta 3 000, spent unknown;
            // axe 1: 15 500,50 / 1 000 (6 %); axe 2: 4 000 / 2 000 (50 %); total 19 500,50 / 3 000 (15 %).
            for amount in ["16 500,50", "3 000,00", "15 500,50", "4 000,00", "2 000,00", "19 500,50"] {
                #expect(page.contains(BudgetFixture.euros(amount)), "\(amount)")
            }
            for rate in ["18", "6", "50", "15"] { #expect(page.contains(">\(rate)\u{202F}%<"), "\(rate) %") }
            #expect(page.contains("Fonds Alpha"))
            let year2023 = try await coordinateur.get(Seed.ref.url(.financeurs).path(query: [("annee", "2023")])).text
            #expect(year2023.contains(BudgetFixture.euros("12 500,50")))
            #expect(!year2023.contains(BudgetFixture.euros("16 500,50")))
            #expect(!year2023.contains("Mutuelle Beta</th>"))
        }
    }

    @Test func csvAndXlsxCarryTheTypedNumbers() async throws {
        try await withApp { app in
            let coordinateur = try await Self.enter(app)
            let csv = try await coordinateur.get(Seed.path(.budget(.csv)))
            #expect(csv.status == .ok)
            #expect(csv.text.contains("Total par financeur;Fonds Alpha;16500,50;3000,00;18,2"))
            #expect(csv.text.contains("Total par financeur;Mutuelle Beta;3000,00;;"))
            #expect(csv.text.contains("Total;Tous financeurs;19500,50;3000,00;15,4"))
            let xlsx = try await coordinateur.get(Seed.path(.budget(.xlsx)))
            #expect(xlsx.status == .ok)
            let table = try WorkbookReader.read(Data(buffer: xlsx.body))
            let rows = table.rows.map { row in row.cells.map { $0?.text ?? "" } }
            #expect(rows.contains(["Total par financeur", "Fonds Alpha", "16500,50", "3000,00", "18,2"]))
            #expect(rows.contains(["Total", "Tous financeurs", "19500,50", "3000,00", "15,4"]))
            let only2024 = try await coordinateur.get(Seed.ref.url(.budget(.csv)).path(query: [("annee", "2024")])).text
            #expect(only2024.contains("Total;Tous financeurs;7000,00;2000,00;28,6"))
            #expect(try await Browser(app).get(Seed.path(.budget(.csv))).status != .ok)
        }
    }

    @Test func theBilanShowsPlannedAndSpentPerAxe() async throws {
        try await withApp { app in
            let coordinateur = try await Self.enter(app)
            let bilan = try await coordinateur.get(Seed.path(.bilan(year: 2024)))
            #expect(bilan.status == .ok)
            let page = bilan.text
            // 2024: axe 1 = Beta 3 000 (spent unknown), axe 2 = Alpha 4 000 / 2 000 (50 %);
            // the year 7 000 / 2 000 (29 %); the convention 19 500,50 / 3 000 (15 %).
            #expect(page.contains("prévu <strong>\(BudgetFixture.euros("3 000,00"))</strong>, réalisé <strong>—</strong>"))
            #expect(page.contains("prévu <strong>\(BudgetFixture.euros("4 000,00"))</strong>, réalisé <strong>\(BudgetFixture.euros("2 000,00"))</strong> (taux de réalisation 50\u{202F}%)"))
            #expect(page.contains(">\(BudgetFixture.euros("7 000,00"))<"))
            #expect(page.contains(">29\u{202F}%<"))
            #expect(page.contains(">\(BudgetFixture.euros("19 500,50"))<"))

            // The printed PDF carries the same figures (its fonts print both narrow spaces as plain ones).
            let pdf = try PDFReader(Array(try await coordinateur.get(Seed.path(.bilanPDF(year: 2024))).body.readableBytesView))
            let cells = pdf.pages.flatMap(\.strings).map {
                $0.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
            }
            #expect(cells.contains("Moyens en euros"))
            #expect(cells.contains("Toute la convention"))
            #expect(cells.contains("19 500,50 €"))
            #expect(cells.contains("7 000,00 €"))
            #expect(cells.contains { $0.hasPrefix("Moyens en 2024 : prévu 4 000,00 €") })
        }
    }
}
