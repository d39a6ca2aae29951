@testable import CTGCore
import Testing

/// Spreadsheet rows → plan, on an invented plan (Communauté de communes des Hautes-Landes
/// de Vireval), without a server.
@Suite struct PlanSheetTests {
    static let plan = ParsedPlan(axes: [
        ParsedAxe(number: 1, title: "Petite enfance", objectives: [
            ParsedObjective(number: 1, title: "Accueillir", actions: [
                ParsedAction(code: "1-1-1", title: "Relais petite enfance", diagnostic: "Peu d'assistantes maternelles",
                             leads: ["CC de Vireval"], partners: ["Crèche Les Hiboux"], indicators: ["Nombre d'ateliers"],
                             subActions: [
                                 ParsedSubAction(code: "1-1-1-A", title: "Ouvrir le relais", years: [2024], staff: "Une animatrice",
                                                 funders: ["CAF"]),
                                 ParsedSubAction(code: "1-1-1-B", title: "Ateliers d'éveil", years: [2024, 2025]),
                             ]),
            ]),
        ]),
        ParsedAxe(number: 2, title: nil, objectives: [
            ParsedObjective(number: 1, title: "Jeunesse", actions: [ParsedAction(code: "2-1-1", title: "Conseil des jeunes")]),
        ]),
    ])

    static func table(_ rows: [[String]]) -> SheetTable {
        SheetTable(textRows: [PlanSheet.header] + rows)
    }

    @Test func theExportReadsBackAsTheSamePlan() throws {
        let rows = PlanSheet.rows(Self.plan)
        #expect(rows.count == 3)
        #expect(rows[0][0] == "Axe 1 — Petite enfance")
        #expect(rows[0][1] == "Objectif 1-1 : Accueillir")
        #expect(rows[1][6] == "2024, 2025")
        // A fiche without sous-action keeps a line of its own.
        #expect(rows[2] == ["Axe 2", "Objectif 2-1 : Jeunesse", "2-1-1", "Conseil des jeunes", "", "", "", "", "", "", ""])
        let read = try PlanSheet.read(Self.table(rows), over: Self.plan).get()
        #expect(read == Self.plan)
        #expect(PlanSheetChanges.between(Self.plan, read).isEmpty)
    }

    @Test func editedCellsAndNewLinesChangeThePlan() throws {
        var rows = PlanSheet.rows(Self.plan)
        rows[1][5] = "Ateliers d'éveil musical"
        rows[1][6] = "2025"
        rows[0][7] = "CC de Vireval, Commune de Pradelles"
        rows[1][7] = "CC de Vireval, Commune de Pradelles"
        rows.append(["Axe 1 — Petite enfance", "Objectif 1-1 : Accueillir", "1-1-1", "Relais petite enfance", "1-1-1-C",
                     "Former les parents", "2026", "CC de Vireval, Commune de Pradelles", "Crèche Les Hiboux", "", "MSA; CAF"])
        rows.append(["Axe 3 — Seniors", "Objectif 3-1 : Rompre l'isolement", "3-1-1", "Visites à domicile", "", "", "", "", "", "", ""])
        let read = try PlanSheet.read(Self.table(rows), over: Self.plan).get()
        let fiche = read.axes[0].objectives[0].actions[0]
        #expect(fiche.leads == ["CC de Vireval", "Commune de Pradelles"])
        #expect(fiche.diagnostic == "Peu d'assistantes maternelles")
        #expect(fiche.indicators == ["Nombre d'ateliers"])
        #expect(fiche.subActions.map(\.code) == ["1-1-1-A", "1-1-1-B", "1-1-1-C"])
        #expect(fiche.subActions[1].title == "Ateliers d'éveil musical")
        #expect(fiche.subActions[1].years == [2025])
        #expect(fiche.subActions[2].funders == ["MSA", "CAF"])
        #expect(read.axes.map(\.number) == [1, 2, 3])
        #expect(read.axes[2].title == "Seniors")
        #expect(read.axes[2].objectives[0].actions[0].title == "Visites à domicile")
        #expect(PlanSheetChanges.between(Self.plan, read) == [
            "Axe 3 ajouté (« Seniors »)",
            "Objectif 3-1 ajouté",
            "Fiche 1-1-1 : responsables « CC de Vireval » → « CC de Vireval, Commune de Pradelles »",
            "Fiche 3-1-1 ajoutée",
            "Sous-action 1-1-1-B : titre « Ateliers d'éveil » → « Ateliers d'éveil musical » ; années « 2024, 2025 » → « 2025 »",
            "Sous-action 1-1-1-C ajoutée",
        ])
    }

    @Test func removedLinesRemoveTheirPart() throws {
        let rows = PlanSheet.rows(Self.plan).filter { $0[4] != "1-1-1-B" && $0[2] != "2-1-1" }
        let read = try PlanSheet.read(Self.table(rows), over: Self.plan).get()
        #expect(read.axes.map(\.number) == [1])
        #expect(PlanSheetChanges.between(Self.plan, read) == ["Axe 2 supprimé", "Objectif 2-1 supprimé",
                                                               "Fiche 2-1-1 supprimée", "Sous-action 1-1-1-B supprimée"])
    }

    @Test func everyProblemIsListedWithItsLineAndColumn() {
        let axe = "Axe 1 — Petite enfance", objectif = "Objectif 1-1 : Accueillir"
        let rows = [
            [axe, objectif, "1-1-1", "Relais", "1-2-x", "Mauvais code", "", "", "", "", ""],
            [axe, objectif, "", "", "1-1-2-A", "Orpheline", "", "", "", "", ""],
            [axe, objectif, "1-1-1", "Relais", "1-1-1-A", "Un", "20x4", "", "", "", ""],
            [axe, objectif, "1-1-1", "Relais", "1-1-1-A", "Deux", "", "", "", "", ""],
            [axe, objectif, "1-2-1", "Ailleurs", "", "", "", "", "", "", ""],
            ["", objectif, "1-1-1", "Relais", "", "", "", "", "", "", ""],
            [axe, objectif, "1-1-1", "Autre titre", "", "", "", "", "", "", ""],
            [axe, "Objectif 2-1 : Pas le bon axe", "", "", "", "", "", "", "", "", ""],
        ]
        guard case .failure(let refused) = PlanSheet.read(Self.table(rows), over: Self.plan) else {
            Issue.record("the file was accepted")
            return
        }
        #expect(refused.lines == [
            "ligne 2, colonne « Code sous-action » : « 1-2-x » n'est pas un code de sous-action (attendu : 1-2-3-A)",
            "ligne 3, colonne « Code action » : vide : une sous-action sans fiche (la ligne doit donner le code de sa fiche)",
            "ligne 4, colonne « Années » : « 20x4 » n'est pas une année (attendu : 2023, ou 2023, 2024)",
            "ligne 5, colonne « Code sous-action » : la sous-action « 1-1-1-A » figure déjà à la ligne 4",
            "ligne 6, colonne « Code action » : la fiche « 1-2-1 » n'est pas dans l'objectif 1-1 de la même ligne",
            "ligne 7, colonne « Axe » : vide : chaque ligne nomme son axe (« Axe 1 — Titre de l'axe »)",
            "ligne 8, colonne « Titre de l'action » : la fiche 1-1-1 a ici « Autre titre », mais « Relais » à la ligne 2 : "
                + "donnez la même valeur sur toutes ses lignes",
            "ligne 9, colonne « Objectif » : l'objectif « 2-1 » n'est pas dans l'axe 1 de la même ligne",
        ])
    }

    @Test func aMissingColumnOrAnEmptyFileIsRefused() {
        let noStaff = SheetTable(textRows: [PlanSheet.header.filter { $0 != "Personnel" }, ["Axe 1", "", "", "", "", "", "", "", "", ""]])
        guard case .failure(let missing) = PlanSheet.read(noStaff, over: Self.plan) else { Issue.record("accepted"); return }
        #expect(missing.lines.count == 1)
        #expect(missing.lines[0].hasPrefix("ligne 1, colonne « Personnel » : colonne absente"))
        guard case .failure(let empty) = PlanSheet.read(SheetTable(textRows: [PlanSheet.header]), over: Self.plan) else {
            Issue.record("accepted"); return
        }
        #expect(empty.lines == ["le fichier n'a aucune ligne sous les titres de colonnes : un plan vide n'est pas importé"])
    }

    @Test func aCodeTheSpreadsheetTurnedIntoANumberIsRefused() {
        var table = Self.table([["Axe 1 — Petite enfance", "Objectif 1-1 : Accueillir", "", "Relais"]])
        table.rows[1].cells[2] = .number("37653")
        guard case .failure(let refused) = PlanSheet.read(table, over: Self.plan) else { Issue.record("accepted"); return }
        #expect(refused.lines.first == "ligne 2, colonne « Code action » : « 37653 » n'est pas un code de fiche : le tableur "
            + "l'a enregistré comme un nombre ou une date ; saisissez-le comme du texte (par exemple '1-2-3)")
    }

    @Test func yearsTheSpreadsheetReadAsADecimalNumberAreRefused() {
        var table = Self.table([["Axe 1 — Petite enfance", "Objectif 1-1 : Accueillir", "1-1-1", "Relais", "1-1-1-A", "Ouvrir"]])
        table.rows[1].cells.append(.number("2024.2025"))
        guard case .failure(let refused) = PlanSheet.read(table, over: Self.plan) else { Issue.record("accepted"); return }
        #expect(refused.lines == ["ligne 2, colonne « Années » : « 2024,2025 » a été lu comme un nombre décimal : "
            + "séparez les années par une virgule et une espace (2024, 2025)"])
    }

    @Test func headersForgiveCaseAndAccentsAndYearsMayBeNumbers() throws {
        var table = SheetTable(textRows: [PlanSheet.header.map { $0.uppercased() }, ["axe 1 - Petite enfance", "Objectif 1 : Accueillir",
                                                                                     "1-1-1", "Relais", "1-1-1-a", "Ouvrir"]])
        table.rows[1].cells += [.number("2024")]
        let read = try PlanSheet.read(table, over: Self.plan).get()
        let sub = read.axes[0].objectives[0].actions[0].subActions[0]
        #expect(sub.code == "1-1-1-A")
        #expect(sub.years == [2024])
    }

    @Test func aProtectedFormulaComesBackAsTyped() {
        #expect(SpreadsheetCell.restored(SpreadsheetCell.neutralised("=HYPERLINK(\"x\")")) == "=HYPERLINK(\"x\")")
        #expect(SpreadsheetCell.restored("'quoted") == "'quoted")
        #expect(SpreadsheetCell.restored("-3") == "-3")
    }
}
