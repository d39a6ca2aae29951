@testable import App
import CTGCore
import Fluent
import Testing
import VaporTesting

/// Cancelling a séance or a deliberation recorded by mistake: confirmation with a reason,
/// gone from the public pages and the exports, still in the coordinateur's view, reinstated.
@Suite struct CancellationTests {
    static let first = SeanceCorrectionTests.number
    static let second = "CC2024-06-02"

    /// A séance with two deliberations, both adopted, recorded by the coordinateur.
    static func seanceWithTwo(_ app: Application, _ browser: Browser) async throws -> (Seance, CouncilRoster) {
        let (seance, roster) = try await SeanceCorrectionTests.recordSeance(app, browser)
        let added = try await browser.post(Seed.path(.seanceAgenda(id: seance.id!)), [
            "number": second, "subject": "Tarifs de l'accueil de loisirs", "pour": "53",
        ])
        #expect(added.status == .seeOther, "\(added.body.string)")
        return (seance, roster)
    }

    static func cancelSeance(_ browser: Browser, _ seance: Seance, reason: String = "saisie par erreur") async throws -> TestingHTTPResponse {
        let page = try await browser.get(Seed.path(.cancellation(.seance(id: seance.id!))))
        return try await browser.post(Seed.path(.cancellation(.seance(id: seance.id!))), [
            "confirm": "1", "reason": reason, "basis": try SeanceCorrectionTests.basis(page.body.string),
        ])
    }

    static func row(_ app: Application, _ number: String) async throws -> Deliberation {
        try #require(try await Deliberation.query(on: app.db).filter(\.$number == number).first())
    }

    @Test func theConfirmationNamesWhatGoesWithTheSeanceAndRequiresAReason() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, _) = try await Self.seanceWithTwo(app, browser)
            let page = try await browser.get(Seed.path(.cancellation(.seance(id: seance.id!)))).body.string
            #expect(page.contains("Ses 2 délibérations sont annulées avec elle"))
            #expect(page.contains("Délibération n° \(Self.first)") && page.contains("Délibération n° \(Self.second)"))
            #expect(page.contains("Annuler cette séance"))
            let refused = try await Self.cancelSeance(browser, seance, reason: "  \n ")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Indiquez le motif de l&#39;annulation") || refused.body.string.contains("Indiquez le motif de l'annulation"))
            #expect(try await Seance.query(on: app.db).filter(\.$cancelledAt != nil).count() == 0)
            #expect(try await Deliberation.query(on: app.db).filter(\.$cancelledAt != nil).count() == 0)
        }
    }

    @Test func aCancelledSeanceLeavesThePublicRegisterAndTheExportButNotTheCoordinateursView() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, _) = try await Self.seanceWithTwo(app, browser)
            let visitor = Browser(app)
            #expect(try await visitor.get(Seed.path(.deliberations)).body.string.contains(Self.first))
            #expect(try await visitor.get(Seed.path(.deliberationsCSV)).body.string.contains(Self.first))
            let res = try await Self.cancelSeance(browser, seance)
            #expect(res.status == .seeOther, "\(res.body.string)")
            for number in [Self.first, Self.second] {
                let row = try await Self.row(app, number)
                #expect(row.cancelReason == "saisie par erreur")
                #expect(row.cancelEntryID != nil)
            }
            let journal = try await AuditEntry.query(on: app.db).filter(\.$summary ~~ "annulée").all()
            #expect(journal.count == 3)
            #expect(journal.contains { $0.entity == .seance && $0.summary.contains("n° \(Self.first), \(Self.second)") })

            #expect(!(try await visitor.get(Seed.path(.deliberations)).body.string.contains(Self.first)))
            #expect(!(try await visitor.get(Seed.path(.deliberationsCSV)).body.string.contains(Self.first)))
            #expect(!(try await visitor.get(Seed.path(.seances)).body.string.contains(Seed.path(.seance(id: seance.id!)))))
            let gone = try await visitor.get(Seed.path(.deliberation(number: Self.first)))
            #expect(gone.status == .gone)
            #expect(gone.body.string.contains("Cette délibération a été annulée : saisie par erreur"))
            #expect(try await visitor.get(Seed.path(.deliberationExtrait(number: Self.first))).status == .gone)
            #expect(try await visitor.get(Seed.path(.seance(id: seance.id!))).status == .gone)

            let register = try await browser.get(Seed.path(.deliberations)).body.string
            #expect(register.contains(Self.first) && register.contains("Annulée — saisie par erreur"))
            let own = try await browser.get(Seed.path(.deliberation(number: Self.first)))
            #expect(own.status == .ok)
            #expect(own.body.string.contains("Sa séance est annulée"))
            #expect(try await browser.get(Seed.path(.seance(id: seance.id!))).body.string.contains("Rétablir"))
        }
    }

    @Test func reinstatingTheSeanceBringsBackItsDeliberationsButNotOneCancelledBefore() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, _) = try await Self.seanceWithTwo(app, browser)
            let alone = try await browser.post(Seed.path(.cancellation(.deliberation(number: Self.second))),
                                               ["confirm": "1", "reason": "doublon"])
            #expect(alone.status == .seeOther, "\(alone.body.string)")
            #expect(try await Self.cancelSeance(browser, seance).status == .seeOther)
            // The first went with the séance: it cannot come back without it.
            let early = try await browser.post(Seed.path(.cancellation(.deliberationReinstate(number: Self.first))))
            #expect(early.status == .conflict)
            #expect(early.body.string.contains("rétablissez d"))
            let back = try await browser.post(Seed.path(.cancellation(.seanceReinstate(id: seance.id!))))
            #expect(back.status == .seeOther, "\(back.body.string)")
            #expect(try await Self.row(app, Self.first).cancelledAt == nil)
            #expect(try await Self.row(app, Self.second).cancelReason == "doublon")
            #expect(try await Seance.query(on: app.db).filter(\.$cancelledAt != nil).count() == 0)
            #expect(try await Browser(app).get(Seed.path(.deliberation(number: Self.first))).status == .ok)
            // Reinstated from the page: the journal no longer offers to undo that cancellation.
            let kept = try await DeletedRow.query(on: app.db).filter(\.$kind == .cancellation).all()
            #expect(kept.count == 2)
            // Only the deliberation's own cancellation is still offered.
            #expect(kept.filter { $0.restoredAt == nil }.map { $0.$auditEntry.id } == [try await Self.row(app, Self.second).cancelEntryID])
        }
    }

    @Test func aCancellationIsUndoneFromTheJournalOnce() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            _ = try await Self.seanceWithTwo(app, browser)
            let res = try await browser.post(Seed.path(.cancellation(.deliberation(number: Self.second))),
                                             ["confirm": "1", "reason": "saisie par erreur"])
            #expect(res.status == .seeOther, "\(res.body.string)")
            let entryID = try #require(try await Self.row(app, Self.second).cancelEntryID)
            let undo = try await browser.post("/admin/journal/\(entryID)/restauration")
            #expect(undo.status == .seeOther, "\(undo.body.string)")
            #expect(try await Self.row(app, Self.second).cancelledAt == nil)
            #expect(try await Browser(app).get(Seed.path(.deliberationsCSV)).body.string.contains(Self.second))
            #expect(try await browser.post("/admin/journal/\(entryID)/restauration").status == .conflict)
            let journal = try await AuditEntry.query(on: app.db).filter(\.$entity == .deliberation).all().map(\.summary)
            #expect(journal.contains("Délibération n° \(Self.second) rétablie depuis le journal."))
        }
    }

    @Test func aCancelledSeanceCannotBeCorrectedNorExtended() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, roster) = try await Self.seanceWithTwo(app, browser)
            let basis = try SeanceCorrectionTests.basis(try await browser.get(SeanceCorrectionTests.path(seance)).body.string)
            #expect(try await Self.cancelSeance(browser, seance).status == .seeOther)
            let late = try await browser.post(SeanceCorrectionTests.path(seance), SeanceCorrectionTests.correction(
                roster, proxies: [roster.titulaires[3].name: roster.titulaires[0].name], basis: basis))
            #expect(late.status == .conflict)
            #expect(late.body.string.contains("Cette séance est annulée"))
            let added = try await browser.post(Seed.path(.seanceAgenda(id: seance.id!)), ["number": "CC2024-06-03", "subject": "Autre"])
            #expect(added.status == .conflict)
            let vote = try await browser.post(Seed.path(.deliberationVote(number: Self.first)), ["pour": "53"])
            #expect(vote.status == .conflict)
        }
    }

    @Test func twoCancellationsAtOnceOneWinsTheOtherGetsAConflict() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, _) = try await Self.seanceWithTwo(app, browser)
            let path = Seed.path(.cancellation(.seance(id: seance.id!)))
            let basis = try SeanceCorrectionTests.basis(try await browser.get(path).body.string)
            let answers = try await browser.postAllAtOnce(path, [
                ["confirm": "1", "reason": "saisie par erreur", "basis": basis],
                ["confirm": "1", "reason": "séance en double", "basis": basis],
            ])
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 1)
            #expect(answers.count(.conflict) == 1)
            #expect(answers.contains { $0.status == .conflict && ($0.body.contains("vient d&#39;être annulée") || $0.body.contains("vient d'être annulée")) })
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .seance).filter(\.$summary ~~ "annulée").count() == 1)
            #expect(try await DeletedRow.query(on: app.db).filter(\.$kind == .cancellation).count() == 1)
        }
    }

    @Test func aDoubleClickOnTheConfirmationCancelsOnceAndAnswersBothAlike() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            _ = try await Self.seanceWithTwo(app, browser)
            let path = Seed.path(.cancellation(.deliberation(number: Self.second)))
            let form = ["confirm": "1", "reason": "saisie par erreur", FormSubmissions.fieldName: "jeton-unique"]
            let answers = try await browser.postAllAtOnce(path, [form, form])
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 2, "\(answers.map(\.status))")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$summary ~~ "annulée").count() == 1)
        }
    }

    @Test func aCancellationRacingACorrectionOneWinsTheOtherGetsAConflict() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let (seance, roster) = try await Self.seanceWithTwo(app, browser)
            let cancelPath = Seed.path(.cancellation(.seance(id: seance.id!)))
            let cancelBasis = try SeanceCorrectionTests.basis(try await browser.get(cancelPath).body.string)
            let fixBasis = try SeanceCorrectionTests.basis(try await browser.get(SeanceCorrectionTests.path(seance)).body.string)
            let answers = try await browser.postAllAtOnce([
                (cancelPath, ["confirm": "1", "reason": "saisie par erreur", "basis": cancelBasis]),
                (SeanceCorrectionTests.path(seance), SeanceCorrectionTests.correction(
                    roster, proxies: [roster.titulaires[5].name: roster.titulaires[0].name], basis: fixBasis)),
            ])
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 1)
            #expect(answers.count(.conflict) == 1)
            let cancelled = try await Seance.query(on: app.db).filter(\.$cancelledAt != nil).count()
            let proxies = try await SeanceAttendance.query(on: app.db).filter(\.$seance.$id == seance.id!).filter(\.$status == .proxy).count()
            // Exactly one of the two happened.
            #expect(cancelled + proxies == 1)
        }
    }

    @Test func onlyTheCoordinateurMayCancelOrReinstate() async throws {
        try await withApp { app in
            let coordinateur = try await signIn(app, as: .coordinateur)
            let (seance, _) = try await Self.seanceWithTwo(app, coordinateur)
            let paths = [Seed.path(.cancellation(.seance(id: seance.id!))),
                         Seed.path(.cancellation(.deliberation(number: Self.first)))]
            let lecteur = try await signIn(app, as: .lecteur)
            let referent = try await signIn(app, as: .referent, organisation: "AFJC")
            for browser in [lecteur, referent] {
                for path in paths {
                    #expect(try await browser.get(path).status == .forbidden)
                    #expect(try await browser.post(path, ["confirm": "1", "reason": "x", "basis": "x"]).status == .forbidden)
                }
                #expect(try await browser.post(Seed.path(.cancellation(.seanceReinstate(id: seance.id!)))).status == .forbidden)
            }
            #expect(try await Deliberation.query(on: app.db).filter(\.$cancelledAt != nil).count() == 0)
            #expect(!(try await lecteur.get(Seed.path(.seance(id: seance.id!))).body.string.contains("Annuler cette séance")))
        }
    }
}
