@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Correcting a year's assessment of an expected result (issue 13): updated in place, journaled
/// with before and after, restorable, refused to readers, and stale forms are told in French.
@Suite struct AssessmentEditTests {
    /// Two judgements of 2023 (the second one counts) and one of 2024; returns the path of the 2023 correction.
    static func assessed(_ app: Application, _ browser: Browser) async throws -> (path: String, id: Int) {
        let assess = Seed.ref.url(.expectedResultAssessment(code: "1-1-1", position: 1)).path
        for form in [["year": "2023", "status": "non_atteint"],
                     ["year": "2023", "status": "partiellement", "comment": "deux crèches sur trois"],
                     ["year": "2024", "status": "atteint"]] {
            #expect(try await browser.post(assess, form).status == .seeOther)
        }
        let current = try #require(try await ExpectedResultAssessment.query(on: app.db).filter(\.$year == 2023)
            .filter(\.$statusRaw == "partiellement").first())
        let id = try current.requireID()
        return (Seed.ref.url(.expectedResultAssessmentEdit(code: "1-1-1", position: 1, assessmentID: id)).path, id)
    }

    @Test func theCurrentAssessmentIsCorrectedInPlaceJournaledAndRestorable() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let (edit, id) = try await Self.assessed(app, coordinateur)
            let fiche = try await coordinateur.get(Seed.ref.url(.fiche(code: "1-1-1")).path).body.string
            #expect(fiche.contains("href=\"\(edit)"))  // the fiche's links carry its convention
            // Only the year's current judgement is offered: the older 2023 one is not.
            let older = try #require(try await ExpectedResultAssessment.query(on: app.db).filter(\.$statusRaw == "non_atteint").first())
            #expect(!fiche.contains("/evaluations/\(try older.requireID())/correction"))

            let form = try await coordinateur.get(edit)
            #expect(form.status == .ok)
            #expect(form.body.string.contains(#"<option value="partiellement" selected>"#))
            #expect(form.body.string.contains(#"name="comment" value="deux crèches sur trois""#))

            let saved = try await coordinateur.post(edit, ["status": "atteint", "comment": "trois crèches sur trois",
                                                           "was_status": "partiellement", "was_comment": "deux crèches sur trois"])
            #expect(saved.status == .seeOther)
            #expect(try await ExpectedResultAssessment.query(on: app.db).count() == 3)
            let row = try #require(try await ExpectedResultAssessment.find(id, on: app.db))
            #expect(row.statusRaw == "atteint" && row.comment == "trois crèches sur trois" && row.year == 2023)
            let audit = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .expectedResult)
                .sort(\.$id, .descending).first())
            #expect(audit.field == "Résultat attendu n° 1 — 2023 (corrigée)")
            #expect(audit.before == "partiellement atteint (deux crèches sur trois)")
            #expect(audit.after == "atteint (trois crèches sur trois)")
            let page = try await coordinateur.get(Seed.ref.url(.fiche(code: "1-1-1")).path).body.string
            #expect(page.contains("Évaluation corrigée.".inPage) && page.contains("trois crèches sur trois".inPage))

            // A form opened before that correction is refused, nothing written.
            let stale = try await coordinateur.post(edit, ["status": "non_atteint", "comment": "",
                                                           "was_status": "partiellement", "was_comment": "deux crèches sur trois"])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("modifiée par quelqu".inPage))
            #expect(try await ExpectedResultAssessment.find(id, on: app.db)?.statusRaw == "atteint")

            // « Restaurer » in the journal puts the previous judgement back.
            let restore = SiteURL.adminJournalRestore(entryID: try audit.requireID()).path
            #expect(try await coordinateur.get("/admin/journal").body.string.contains("action=\"\(restore)\""))
            #expect(try await coordinateur.post(restore).status == .seeOther)
            let restored = try #require(try await ExpectedResultAssessment.find(id, on: app.db))
            #expect(restored.statusRaw == "partiellement" && restored.comment == "deux crèches sur trois")
        }
    }

    @Test func readersOtherReferentsAndBadInputAreRefused() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let (edit, id) = try await Self.assessed(app, coordinateur)
            let form = ["status": "atteint", "was_status": "partiellement", "was_comment": "deux crèches sur trois"]
            for browser in [try await signIn(app, as: .lecteur), try await signIn(app, as: .referent, organisation: "La Clé des Champs")] {
                #expect(try await browser.get(edit).status == .forbidden)
                #expect(try await browser.post(edit, form).status == .forbidden)
            }
            let unknown = try await coordinateur.post(edit, ["status": "bientôt", "was_status": "partiellement", "was_comment": ""])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("Statut : choisissez atteint"))
            let incomplete = try await coordinateur.post(edit, ["status": "atteint"])
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.body.string.contains("La page de correction est incomplète"))
            #expect(try await ExpectedResultAssessment.find(id, on: app.db)?.statusRaw == "partiellement")
            // An older judgement of the year is not the one that counts: correcting it is refused.
            let older = try #require(try await ExpectedResultAssessment.query(on: app.db).filter(\.$statusRaw == "non_atteint").first())
            let olderPath = Seed.ref.url(.expectedResultAssessmentEdit(code: "1-1-1", position: 1, assessmentID: try older.requireID())).path
            let superseded = try await coordinateur.post(olderPath, ["status": "atteint", "was_status": "non_atteint", "was_comment": ""])
            #expect(superseded.status == .conflict)
            #expect(try await ExpectedResultAssessment.find(older.requireID(), on: app.db)?.statusRaw == "non_atteint")
            // An assessment of another expected result is not found under this one.
            let other = Seed.ref.url(.expectedResultAssessmentEdit(code: "1-1-1", position: 2, assessmentID: id)).path
            #expect(try await coordinateur.get(other).status == .notFound)
        }
    }

    @Test func simultaneousCorrectionsLetOneWinAndTellTheOthers() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let (edit, id) = try await Self.assessed(app, coordinateur)
            let comments = (1...5).map { "correction \($0)" }
            let forms = comments.map { ["status": "atteint", "comment": $0, "was_status": "partiellement", "was_comment": "deux crèches sur trois"] }
            let answers = try await coordinateur.postAllAtOnce(edit, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 1)
            #expect(answers.count(.conflict) == 4)
            let row = try #require(try await ExpectedResultAssessment.find(id, on: app.db))
            #expect(comments.contains(row.comment ?? ""))
            let corrections = try await AuditEntry.query(on: app.db).filter(\.$entity == .expectedResult).all()
                .filter { $0.field?.hasSuffix("(corrigée)") == true }
            #expect(corrections.count == 1)
        }
    }
}
