import CTGCore
import Foundation
import Testing
@testable import Workbook
import ZIPFoundation

/// XLSX files in and out, on fixtures saved by real spreadsheet libraries
/// (Tests/Fixtures/spreadsheets/make_fixtures.py: openpyxl and XlsxWriter).
@Suite struct WorkbookTests {
    static func fixture(_ name: String) throws -> Data {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return try Data(contentsOf: url.appendingPathComponent("Fixtures/spreadsheets/\(name)"))
    }

    /// What both fixtures hold, cell by cell as a person reads them.
    static let expected: [[String]] = [
        PlanSheet.header,
        ["Axe 1 — Grandir au Val de Brume", "Objectif 1-1 : Accueillir les tout-petits", "1-1-1",
         "Ouvrir une micro-crèche à Fontbrune", "1-1-1-A", "Étudier le besoin", "2024", "CC du Val de Brume",
         "Association Les Lutins", "Chargée de mission", "CAF, Commune de Fontbrune"],
        ["Axe 1 — Grandir au Val de Brume", "Objectif 1-1 : Accueillir les tout-petits", "1-1-1",
         "Ouvrir une micro-crèche à Fontbrune", "1-1-1-B", "Construire le bâtiment", "2025, 2026", "CC du Val de Brume",
         "Association Les Lutins", "", "CAF"],
        ["Axe 1 — Grandir au Val de Brume", "Objectif 1-2 : Soutenir les parents", "1-2-1", "Créer un café des parents"],
        ["Axe 2 — Vivre ensemble", "Objectif 2-1 : Animer les villages", "2-1-1", "Fête intergénérationnelle", "2-1-1-A",
         "Organiser la première édition", "2025", "Centre social des Trois Rivières", "", "  Deux animateurs  "],
    ]

    static func texts(_ table: SheetTable) -> [[String]] {
        table.rows.map { row in
            var cells = row.cells.map { $0?.text ?? "" }
            while cells.last == "" { cells.removeLast() }
            return cells
        }
    }

    @Test(arguments: ["plan-openpyxl.xlsx", "plan-xlsxwriter.xlsx"])
    func readsInlineAndSharedStrings(name: String) throws {
        let table = try WorkbookReader.read(try Self.fixture(name))
        #expect(Self.texts(table) == Self.expected)
        #expect(table.rows.map(\.number) == [1, 2, 3, 4, 5])
        // Years typed as numbers stay numbers, as the file stores them.
        #expect(table.rows[1][6] == .number("2024"))
        #expect(table.rows[2][6] == .text("2025, 2026"))
    }

    @Test func theOpenpyxlPlanReadsAsAPlan() throws {
        let plan = try PlanSheet.read(try WorkbookReader.read(try Self.fixture("plan-openpyxl.xlsx")), over: ParsedPlan(axes: [])).get()
        #expect(plan.axes.map(\.title) == ["Grandir au Val de Brume", "Vivre ensemble"])
        let fiche = plan.axes[0].objectives[0].actions[0]
        #expect(fiche.leads == ["CC du Val de Brume"])
        #expect(fiche.subActions.map(\.years) == [[2024], [2025, 2026]])
        #expect(fiche.subActions[0].funders == ["CAF", "Commune de Fontbrune"])
        #expect(plan.axes[1].objectives[0].actions[0].subActions[0].staff == "Deux animateurs")
        #expect(plan.axes[0].objectives[1].actions[0].subActions.isEmpty)
    }

    @Test func theErrorsFixtureListsEveryMistake() throws {
        let table = try WorkbookReader.read(try Self.fixture("plan-errors-openpyxl.xlsx"))
        guard case .failure(let refused) = PlanSheet.read(table, over: ParsedPlan(axes: [])) else {
            Issue.record("accepted"); return
        }
        #expect(refused.lines.map { String($0.prefix(38)) } == [
            "ligne 3, colonne « Code action » : « 3",
            "ligne 4, colonne « Code sous-action » ",
            "ligne 5, colonne « Code action » : vid",
            "ligne 6, colonne « Code sous-action » ",
            "ligne 7, colonne « Années » : « vingt-",
        ])
        #expect(refused.lines[1] == "ligne 4, colonne « Code sous-action » : « 1-2-x » n'est pas un code de sous-action (attendu : 1-2-3-A)")
    }

    @Test func writtenWorkbooksReadBack() throws {
        let rows = [["=HYPERLINK(\"http://x\")", "  espaces  ", "ligne 1\nligne 2", "<b>&amp;</b>", "bip\u{7}"],
                    ["", "", "seule"]]
        let data = try WorkbookWriter.write(sheetName: "Plan d'actions", header: ["A", "B", "C", "D", "E"], rows: rows, widths: [10, 10])
        let table = try WorkbookReader.read(data)
        #expect(Self.texts(table) == [["A", "B", "C", "D", "E"],
                                      ["=HYPERLINK(\"http://x\")", "  espaces  ", "ligne 1\nligne 2", "<b>&amp;</b>", "bip"],
                                      ["", "", "seule"]])
        #expect(table.rows[2].cells.count == 3)
        #expect(WorkbookWriter.reference(column: 27, row: 4) == "AB4")
        #expect(WorkbookReader.columnIndex("AB4") == 27)
    }

    @Test func filesThatAreNotWorkbooksAreRefusedInFrench() throws {
        #expect(throws: WorkbookError("Le fichier est vide (0 octet) : ce n'est pas un classeur XLSX.")) {
            try WorkbookReader.read(Data())
        }
        #expect(throws: WorkbookError.notAWorkbook) { try WorkbookReader.read(Data("Axe;Objectif\n".utf8)) }
        let whole = try Self.fixture("plan-openpyxl.xlsx")
        #expect(throws: WorkbookError.self) { try WorkbookReader.read(whole.prefix(whole.count / 2)) }
        do {
            _ = try WorkbookReader.read(whole.prefix(whole.count / 2))
        } catch let error as WorkbookError {
            #expect(error.message.hasPrefix("Le classeur XLSX est endommagé"))
        }
    }
}

/// A workbook laid out otherwise than the writers above: the first sheet found through
/// the relationships (not at the usual path), a `x:` prefix on every element, a string
/// mixing plain text and runs, a formula with its result and one without.
@Suite struct WorkbookLayoutTests {
    static func archive(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    @Test func theFirstSheetIsFoundThroughItsRelationship() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let data = try Self.archive([
            "xl/workbook.xml": """
                <x:workbook xmlns:x="\(main)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <x:sheets><x:sheet name="Plan" sheetId="7" r:id="rId9"/><x:sheet name="Autre" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>
                """,
            "xl/_rels/workbook.xml.rels": """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId9" Type="x/worksheet" Target="/xl/worksheets/plan.xml"/>\
                <Relationship Id="rId3" Type="x/sharedStrings" Target="chaines.xml"/></Relationships>
                """,
            "xl/chaines.xml": """
                <x:sst xmlns:x="\(main)"><x:si><x:t xml:space="preserve">Début </x:t><x:r><x:t>et suite</x:t></x:r></x:si></x:sst>
                """,
            "xl/worksheets/plan.xml": """
                <x:worksheet xmlns:x="\(main)"><x:sheetData><x:row r="3"><x:c r="B3" t="s"><x:v>0</x:v></x:c>\
                <x:c r="D3"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c><x:f>A1*2</x:f></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>
                """,
            "xl/worksheets/sheet1.xml": "<x:worksheet xmlns:x=\"\(main)\"><x:sheetData/></x:worksheet>",
        ])
        let table = try WorkbookReader.read(data)
        #expect(table.rows.map(\.number) == [3])
        #expect(table.rows[0].cells == [nil, .text("Début et suite"), nil, .number("2"), .error("=A1*2"), .boolean(true)])
    }

    @Test func aDoctypeIsRefused() throws {
        let data = try Self.archive([
            "xl/workbook.xml": "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><workbook><sheets><sheet r:id=\"rId1\"/></sheets></workbook>",
        ])
        #expect(throws: WorkbookError.damaged("la partie « xl/workbook.xml » déclare un DOCTYPE")) { try WorkbookReader.read(data) }
    }
}
