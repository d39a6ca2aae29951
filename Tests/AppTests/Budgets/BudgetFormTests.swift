@testable import App
import Fluent
import Testing
import Vapor

/// A sous-action's budget lines: recorded, replaced, refused in French, deleted and restored.
@Suite struct BudgetFormTests {
    @Test func theCoordinatorRecordsAndEditsALine() async throws {
        try await withApp { app in
            let alpha = try await BudgetFixture.organisation(app, "Fonds Alpha")
            let path = try await BudgetFixture.path("1-2-3-A", app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let saved = try await coordinateur.post(path, ["year": "2023", "financeur": "\(alpha)", "planned": "12 500,50", "spent": "1000 €"])
            #expect(saved.status == .seeOther)
            let page = try await coordinateur.get(path + "?budget=enregistre")
            #expect(page.text.contains("Ligne de budget enregistrée."))
            #expect(page.text.contains(BudgetFixture.euros("12 500,50")))
            #expect(page.text.contains(BudgetFixture.euros("1 000,00")))
            // 1 000 / 12 500,50 = 8,0 %.
            #expect(page.text.contains("8\u{202F}%"))
            var lines = try await BudgetFixture.lines(app)
            #expect(lines.map(\.plannedCents) == [1_250_050])
            #expect(lines.map(\.spentCents) == [100_000])
            // The same year and financeur again replaces the line, it does not add one.
            #expect(try await coordinateur.post(path, ["year": "2023", "financeur": "\(alpha)", "planned": "1 234,5"]).status == .seeOther)
            lines = try await BudgetFixture.lines(app)
            #expect(lines.map(\.plannedCents) == [123_450])
            #expect(lines.map(\.spentCents) == [nil])
            let journal = try await AuditEntry.query(on: app.db).filter(\.$entity == .budgetLine).sort(\.$id).all()
            #expect(journal.count == 2)
            #expect(journal.last?.before?.contains("prévu 12\u{202F}500,50\u{A0}€") == true)
            #expect(journal.last?.after?.contains("prévu 1\u{202F}234,50\u{A0}€") == true)
        }
    }

    @Test func badInputIsRefusedInFrenchAndNothingIsSaved() async throws {
        try await withApp { app in
            let alpha = try await BudgetFixture.organisation(app, "Fonds Alpha")
            let path = try await BudgetFixture.path("1-2-3-A", app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let refused = try await coordinateur.post(path, ["year": "2031", "financeur": "\(alpha)", "planned": "12,5,0", "spent": "-5"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Montant illisible : « 12,5,0 »".inPage))
            #expect(refused.text.contains("L'année 2031 est en dehors de la convention".inPage))
            #expect(refused.text.contains("est négatif".inPage))
            // What was typed stays in the boxes.
            #expect(refused.text.contains("value=\"12,5,0\""))
            let otherTerritory = try await SecondTerritory.load(app)
            let foreign = try await BudgetFixture.organisation(app, "Financeur d'ailleurs", territoryID: try otherTerritory.requireID())
            let wrongFinanceur = try await coordinateur.post(path, ["year": "2023", "financeur": "\(foreign)", "planned": "10"])
            #expect(wrongFinanceur.status == .unprocessableEntity)
            #expect(try await BudgetFixture.lines(app).isEmpty)
        }
    }

    @Test func onlyTheFichesEditorsWrite() async throws {
        try await withApp { app in
            let alpha = try await BudgetFixture.organisation(app, "Fonds Alpha")
            let path = try await BudgetFixture.path("1-2-3-A", app)
            let form = ["year": "2023", "financeur": "\(alpha)", "planned": "100"]
            // 1-2-3 is led by the communauté de communes and AFJC, not La Clé des Champs.
            let stranger = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
            #expect(try await stranger.post(path, form).status == .forbidden)
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.post(path, form).status == .forbidden)
            let readerPage = try await lecteur.get(path)
            #expect(readerPage.status == .ok)
            #expect(!readerPage.text.contains("Ajouter une ligne de budget"))
            #expect(try await BudgetFixture.lines(app).isEmpty)
            let responsable = try await signIn(app, as: .referent, organisation: "AFJC")
            #expect(try await responsable.post(path, form).status == .seeOther)
            #expect(try await BudgetFixture.lines(app).count == 1)
            // The public never sees budgets; a mismatched fiche code is not found.
            #expect(try await Browser(app).get(path).status != .ok)
            #expect(try await responsable.get(path.replacingOccurrences(of: "/1-2-3/", with: "/1-2-2/")).status == .notFound)
        }
    }

    @Test func aDeletionAsksFirstAndCanBeRestored() async throws {
        try await withApp { app in
            let alpha = try await BudgetFixture.organisation(app, "Fonds Alpha")
            let path = try await BudgetFixture.path("1-2-3-A", app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            _ = try await coordinateur.post(path, ["year": "2024", "financeur": "\(alpha)", "planned": "4 000", "spent": "2 000"])
            let line = try #require(try await BudgetFixture.lines(app).first)
            let removal = path.replacingOccurrences(of: "/budget", with: "/budget/\(try line.requireID())/suppression")
            let question = try await coordinateur.get(removal)
            #expect(question.text.contains("Supprimer la ligne de budget 2024, Fonds Alpha".inPage))
            // A bare POST (no confirmation) deletes nothing.
            _ = try await coordinateur.post(removal, [:])
            #expect(try await BudgetFixture.lines(app).count == 1)
            #expect(try await coordinateur.post(removal, ["confirm": "1"]).status == .seeOther)
            #expect(try await BudgetFixture.lines(app).isEmpty)
            let deletion = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .budgetLine)
                .filter(\.$after == nil).first())
            let restored = try await coordinateur.post(SiteURL.adminJournalRestore(entryID: try deletion.requireID()).path, [:])
            #expect(restored.status == .seeOther)
            let back = try await BudgetFixture.lines(app)
            #expect(back.map(\.plannedCents) == [400_000])
            #expect(back.map(\.spentCents) == [200_000])
            #expect(back.map(\.year) == [2024])
        }
    }

    @Test func twoPeopleSavingTheSameLineAtOnceMakeOneRow() async throws {
        try await withApp { app in
            let alpha = try await BudgetFixture.organisation(app, "Fonds Alpha")
            let path = try await BudgetFixture.path("1-2-3-A", app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let forms = (1...8).map { ["year": "2023", "financeur": "\(alpha)", "planned": "\($0)00"] }
            let answers = try await coordinateur.postAllAtOnce(path, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 8)
            let lines = try await BudgetFixture.lines(app)
            #expect(lines.count == 1)
            #expect((1...8).map { $0 * 100_00 }.contains(lines.first.map { Int($0.plannedCents) } ?? -1))
        }
    }
}
