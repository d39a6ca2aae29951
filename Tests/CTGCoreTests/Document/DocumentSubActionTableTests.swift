import Testing
@testable import CTGCore

@Suite("Sous-action tables")
struct DocumentSubActionTableTests {
    private typealias SubActionTable = DocumentParser.SubActionTable
    private typealias SubActionRow = DocumentParser.SubActionRow

    @Test func tabRowsWithEmptyMeansAreNotInherited() throws {
        let a = try DocumentSeed.subAction("1-1-1-A")
        #expect(a.title == "Adapter les agréments au besoin des familles")
        #expect(a.staff == "CC + AFJC")
        #expect(a.funders == ["Communauté de communes du Pays de Saint-Eloy", "CAF du Puy-de-Dôme", "MSA"])
        let b = try DocumentSeed.subAction("1-1-1-B")
        #expect(b.staff == "CC service communication")
        #expect(b.funders == [])
        #expect(try DocumentSeed.document().warnings.contains("Sous-action 1-1-1-B : financeurs non renseignés."))
        let c = try DocumentSeed.subAction("1-1-2-C")
        #expect(c.staff == nil && c.funders.isEmpty)
    }

    @Test func straySpaceInCode() throws {
        let a = try DocumentSeed.action("2-1-3")
        #expect(a.subActions.map(\.code) == ["2-1-3-A", "2-1-3-B"])
    }

    @Test func uncodedRowKeepsItsPlace() throws {
        let a = try DocumentSeed.action("2-2-1")
        #expect(a.subActions.map(\.code) == [nil, "2-2-1-A", "2-2-1-B", "2-2-1-C"])
        let first = try #require(a.subActions.first)
        #expect(first.title == "Faire un diagnostic sur les besoins en direction des 16/25")
        #expect(first.staff == "Associations partenaires")
        #expect(first.funders == ["Communauté de communes du Pays de Saint-Eloy", "CAF du Puy-de-Dôme", "MSA", "DSDEN du Puy-de-Dôme"])
        #expect(a.warnings.contains("Fiche 2-2-1 : sous-action « Faire un diagnostic sur les besoins en direction des 16/25 » sans numéro."))
    }

    @Test func oneCellPerLineTables() throws {
        let a411 = try DocumentSeed.action("4-1-1")
        #expect(a411.subActions.map(\.title) == ["Elaborer un règlement de fonctionnement du CCJ",
                                                 "Organiser des élections en partenariat avec les communes et les établissements scolaires 11/15 ans"])
        #expect(a411.subActions[0].staff == nil && a411.subActions[0].funders.isEmpty)
        #expect(a411.subActions[1].staff == "Service enfance jeunesse et service communication")
        #expect(a411.subActions[1].funders == ["Communauté de communes du Pays de Saint-Eloy", "CAF du Puy-de-Dôme", "MSA"])
        let a412 = try DocumentSeed.action("4-1-2")
        #expect(a412.subActions.map(\.code) == ["4-1-2-A", "4-1-2-B"])
        for sub in a412.subActions {
            #expect(sub.staff == "Service enfance jeunesse – Associations partenaires")
            #expect(sub.funders == ["Communauté de communes du Pays de Saint-Eloy", "CAF du Puy-de-Dôme", "MSA"])
        }
    }

    @Test func trailingPlusIsDroppedAndWarned() throws {
        let a = try DocumentSeed.subAction("1-2-2-A")
        #expect(a.funders == ["CAF du Puy-de-Dôme", "MSA"])
        #expect(try DocumentSeed.document().warnings.contains { $0.hasPrefix("Sous-action 1-2-2-A : liste des financeurs terminée par « + »") })
    }

    @Test func yearsComeOnlyFromTheOutline() throws {
        for action in try DocumentSeed.actions() {
            let expected: [Int] = switch action.code { case "1-2-3": [2023]; case "3-1-3": [2022]; default: [] }
            #expect(action.subActions.allSatisfy { $0.years == expected }, "\(action.code)")
        }
        #expect(try DocumentSeed.action("1-2-3").title == "Réfléchir à l'accompagnement pour la création de Maisons d'Assistants Maternels (MAM)")
    }

    @Test func tabTableWithTickedYears() {
        let rows = SubActionTable.parse([
            "Actions\tN°action\tCalendrier\t\t\t\tMoyens à mobiliser\t",
            "\t\t2022\t2023\t2024\t2025\tPersonnel\tFinancier",
            "Ouvrir\t9-9-9-A\tX\t\tx\t\tRPE\tCAF",
            "Fermer\t9-9-9 - B\t\t✓\t\t\t\t",
        ])
        #expect(rows.map(\.code) == ["9-9-9-A", "9-9-9-B"])
        #expect(rows.map(\.years) == [[2022, 2024], [2023]])
        #expect(rows[0].staff == "RPE" && rows[0].funders == "CAF")
        #expect(rows[1].staff == nil && rows[1].funders == nil)
    }

    @Test func htmlTableMapsToTheSameRows() {
        let rows = SubActionTable.parse([
            "<table><tr><th>Actions</th><th>N°action</th><th colspan=\"4\">Calendrier</th><th colspan=\"2\">Moyens</th></tr>",
            "<tr><td></td><td></td><td>2022</td><td>2023</td><td>2024</td><td>2025</td><td>Personnel</td><td>Financier</td></tr>",
            "<tr><td>Ouvrir un lieu</td><td>9-9-9-A</td><td></td><td>X</td><td></td><td></td><td>CC</td><td>CAF + MSA</td></tr>",
            "<tr><td>Sans numéro</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr></table>",
        ])
        #expect(rows.count == 2)
        #expect(rows[0] == SubActionRow(code: "9-9-9-A", title: "Ouvrir un lieu", years: [2023], staff: "CC", funders: "CAF + MSA"))
        #expect(rows[1].code == nil && rows[1].title == "Sans numéro")
    }
}
