@testable import App
import CTGCore
import Fluent
import Testing
import VaporTesting

/// « Supprimer » and « Retirer » ask first (a page, no JavaScript), and the journal can undo them.
@Suite struct DeletionConfirmationTests {
    @Test func aMeasurementIsDeletedOnlyAfterConfirmationAndCanBeRestored() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1").requireID()
            #expect(try await browser.post(Seed.ref.url(.indicatorMeasurements(id: indicator)).path,
                                           ["year": "2023", "value": "42", "source": "CAF"]).status == .seeOther)
            let entry = try #require(try await MeasurementEntry.query(on: app.db).first())
            let removal = Seed.ref.url(.indicatorMeasurementRemoval(indicatorID: indicator, measurementID: try entry.requireID())).path

            // The indicator page links to the question; the question is a POST form with the token.
            #expect(try await browser.get(Seed.ref.url(.indicator(id: indicator)).path).body.string.contains("href=\"\(removal)\""))
            let question = try await browser.get(removal)
            #expect(question.status == .ok)
            #expect(question.body.string.contains("Supprimer la mesure de 2023 : 42"))
            #expect(question.body.string.contains(#"<input type="hidden" name="confirm" value="1">"#))
            #expect(question.body.string.contains("Confirmer la suppression"))
            #expect(question.body.string.contains(#"name="csrf""#))

            // A bare POST (the old one-click button) deletes nothing and leads to the question.
            let bare = try await browser.post(removal)
            #expect(bare.status == .seeOther)
            #expect(bare.headers.first(name: .location) == removal)
            #expect(try await IndicateurFixture.measurementCount(app) == 1)

            #expect(try await browser.post(removal, ["confirm": "1"]).status == .seeOther)
            #expect(try await IndicateurFixture.measurementCount(app) == 0)

            // The journal offers « Restaurer » on the deletion, to the coordinateur only.
            let deletion = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .measurement)
                .sort(\.$id, .descending).first())
            let restore = SiteURL.adminJournalRestore(entryID: try deletion.requireID()).path
            #expect(try await browser.get(SiteURL.adminJournal.path).body.string.contains("action=\"\(restore)\""))
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.get(SiteURL.adminJournal.path).body.string.contains("Restaurer") == false)
            #expect(try await lecteur.post(restore).status == .forbidden)

            let restored = try await browser.post(restore)
            #expect(restored.status == .seeOther)
            let back = try #require(try await MeasurementEntry.query(on: app.db).first())
            #expect(back.value == 42 && back.source == "CAF" && back.year == 2023 && back.$indicator.id == indicator)
            let last = try #require(try await AuditEntry.query(on: app.db).sort(\.$id, .descending).first())
            #expect(last.entity == .measurement && last.field?.contains("restaurée depuis le journal") == true)
            #expect(try await browser.get(SiteURL.adminJournal.path + "?restaure=1").body.string
                .contains("La ligne supprimée a été restaurée."))

            // Once only.
            #expect(try await browser.post(restore).status == .conflict)
            #expect(try await IndicateurFixture.measurementCount(app) == 1)
        }
    }

    @Test func aCouncilMemberIsRemovedOnlyAfterConfirmationAndCanBeRestoredWithTheirSuppleant() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let csv = "nom;commune;qualite;titulaire\nJeanne NOUVELLE;Youx;titulaire;\nLuc MARTIN;Youx;suppléant;Jeanne NOUVELLE\n"
            #expect(try await browser.post("/pays-de-saint-eloy/conseil/import", ["csv": csv]).status == .seeOther)
            let jeanne = try #require(try await CouncilMember.query(on: app.db).filter(\.$name == "Jeanne NOUVELLE").first())
            let removal = Seed.ref.url(.councilMemberRemoval(id: try jeanne.requireID())).path
            #expect(try await browser.get("/pays-de-saint-eloy/conseil").body.string.contains("href=\"\(removal)\""))
            let question = try await browser.get(removal)
            #expect(question.body.string.contains("Retirer Jeanne NOUVELLE (titulaire, Youx) de la composition du conseil ?"))

            #expect(try await browser.post(removal).headers.first(name: .location) == removal)
            #expect(try await CouncilMember.find(jeanne.id, on: app.db) != nil)
            #expect(try await browser.post(removal, ["confirm": "1"]).status == .seeOther)
            #expect(try await CouncilMember.query(on: app.db).filter(\.$name == "Jeanne NOUVELLE").count() == 0)
            let luc = try #require(try await CouncilMember.query(on: app.db).filter(\.$name == "Luc MARTIN").first())
            #expect(luc.$titulaire.id == nil)

            let deletion = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .councilMember)
                .sort(\.$id, .descending).first())
            #expect(try await browser.post(SiteURL.adminJournalRestore(entryID: try deletion.requireID()).path).status == .seeOther)
            let roster = try await RegisterFixture.roster(app)
            let back = try #require(roster.titulaires.first { $0.name == "Jeanne NOUVELLE" })
            #expect(back.commune == "Youx")
            #expect(roster.suppleant(of: back)?.name == "Luc MARTIN")
            let last = try #require(try await AuditEntry.query(on: app.db).sort(\.$id, .descending).first())
            #expect(last.summary == "Jeanne NOUVELLE : remise dans la composition du conseil depuis le journal.")
        }
    }

    @Test func aRestorationIsRefusedWhenTheNameWasTakenAgain() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            #expect(try await browser.post("/pays-de-saint-eloy/conseil/membres", ["name": "Jeanne NOUVELLE", "role": "titulaire"]).status == .seeOther)
            let jeanne = try #require(try await CouncilMember.query(on: app.db).filter(\.$name == "Jeanne NOUVELLE").first())
            #expect(try await browser.post(Seed.ref.url(.councilMemberRemoval(id: try jeanne.requireID())).path, ["confirm": "1"]).status == .seeOther)
            let deletion = try #require(try await AuditEntry.query(on: app.db).sort(\.$id, .descending).first())
            #expect(try await browser.post("/pays-de-saint-eloy/conseil/membres", ["name": "Jeanne NOUVELLE", "role": "titulaire"]).status == .seeOther)
            let refused = try await browser.post(SiteURL.adminJournalRestore(entryID: try deletion.requireID()).path)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("Jeanne NOUVELLE est de nouveau membre du conseil"))
            #expect(try await CouncilMember.query(on: app.db).filter(\.$name == "Jeanne NOUVELLE").count() == 1)
        }
    }
}

/// Removing a survey question (issue 13): it used to be a one-click button.
@Suite struct SurveyQuestionRemovalTests {
    @Test func aQuestionIsRemovedOnlyAfterConfirmationAndCanBeRestored() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let id = try await SurveyFixture.make(app, coordinator: coordinator)
            let q = try await SurveyFixture.questionIDs(app, id)
            let prompts = try await SurveyQuestionRow.of(surveyID: id, on: app.db).map(\.prompt)
            let prompt = prompts[1]
            let removal = Seed.path(.survey(.questionRemoval(id: id, questionID: q[1])))

            // The builder links to the question page; the old button value only leads there.
            #expect(try await coordinator.get(Seed.path(.survey(.edit(id: id)))).body.string.contains("href=\"\(removal)\""))
            let old = try await coordinator.post(Seed.path(.survey(.question(id: id, questionID: q[1]))), ["action": "retirer"])
            #expect(old.status == .seeOther && old.headers.first(name: .location) == removal)
            let question = try await coordinator.get(removal)
            #expect(question.status == .ok)
            #expect(question.body.string.contains("Retirer la question « \(prompt) »".inPage))
            #expect(question.body.string.contains(#"<input type="hidden" name="confirm" value="1">"#))
            #expect(try await coordinator.post(removal).headers.first(name: .location) == removal)
            #expect(try await SurveyFixture.questionIDs(app, id) == q)

            // Readers cannot ask nor remove.
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.get(removal).status == .forbidden)
            #expect(try await lecteur.post(removal, ["confirm": "1"]).status == .forbidden)

            #expect(try await coordinator.post(removal, ["confirm": "1"]).status == .seeOther)
            #expect(try await SurveyFixture.questionIDs(app, id) == q.filter { $0 != q[1] })
            #expect(try await coordinator.post(removal, ["confirm": "1"]).status == .notFound)

            // « Restaurer » in the journal puts the question back at its place.
            let deletion = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .survey)
                .filter(\.$field == "question").sort(\.$id, .descending).first())
            #expect(deletion.summary.hasSuffix("question retirée"))
            #expect(try await coordinator.post(SiteURL.adminJournalRestore(entryID: try deletion.requireID()).path).status == .seeOther)
            #expect(try await SurveyQuestionRow.of(surveyID: id, on: app.db).map(\.prompt) == prompts)
        }
    }
}
