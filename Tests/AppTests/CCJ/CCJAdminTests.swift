@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// The back office refuses in French, writing nothing: reversed dates, an implausible age,
/// changes once the vote has opened; the règlement in force is the latest adopted by today.
@Suite struct CCJAdminTests {
    @Test func badPreparationIsRefusedAndNothingIsWritten() async throws {
        try await withApp { app in
            let f = try await CCJFixture.make(app)
            let coordinator = try await signIn(app, as: .coordinateur)
            try await coordinator.get(CCJFixture.ref(.admin))
            let reversed = try await coordinator.post(CCJFixture.ref(.newElection), [
                "title": "À l'envers", "collegeKind": "commune", "opensOn": "2026-04-10", "closesOn": "2026-04-01", "tieRule": "plus-age",
            ])
            #expect(reversed.status == .unprocessableEntity)
            #expect(reversed.body.string.contains("La clôture du vote (01/04/2026) précède son ouverture (10/04/2026)."))
            #expect(try await CCJElection.query(on: app.db).count() == 1)
            let tooOld = try await coordinator.post(CCJFixture.ref(.candidates(electionID: f.electionID)), [
                "college": String(f.collegeA), "name": "Adulte", "birthDate": "1990-01-01", "statement": "Bonjour",
            ])
            #expect(tooOld.status == .unprocessableEntity)
            #expect(tooOld.body.string.contains("ce candidat aurait 36 ans"))
            app.pilotageClock = .fixed(CCJFixture.during)
            let late = try await coordinator.post(CCJFixture.ref(.colleges(electionID: f.electionID)), ["name": "Tard", "seats": "1", "voters": "12 : 3"])
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("les collèges et les candidats ne peuvent plus changer"))
            #expect(try await CCJCollege.query(on: app.db).count() == 2)
            #expect(try await CCJCandidate.query(on: app.db).count() == 5)
            // A lecteur reads the public pages but not the back office.
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.get(CCJFixture.ref(.admin)).status == .forbidden)
        }
    }

    @Test func theRuleInForceIsTheLatestAdoptedByToday() async throws {
        try await withApp { app in
            app.pilotageClock = .fixed(PilotageDate(year: 2026, month: 6, day: 1))
            let coordinator = try await signIn(app, as: .coordinateur)
            try await coordinator.get(CCJFixture.ref(.admin))
            for (day, text) in [("2025-09-01", "Premier texte"), ("2026-05-01", "Texte révisé"), ("2026-09-01", "Texte à venir")] {
                #expect(try await coordinator.post(CCJFixture.ref(.rules), ["adoptedOn": day, "body": text]).status == .seeOther)
            }
            let page = try await Browser(app).get(CCJFixture.ref(.home)).body.string
            #expect(page.contains("Version 2 en vigueur, adoptée le 01/05/2026."))
            #expect(page.contains("<div class=\"ccj-rule\">Texte révisé</div>"))
        }
    }

    @Test func theCodeSheetNamesThePublicAddressNotTheRequestsHost() async throws {
        try await withApp { app in
            let election = try await CCJFixture.make(app)
            app.publicBaseURL = "https://ctg.caf.example.fr"
            let coordinator = try await signIn(app, as: .coordinateur)
            coordinator.headers.replaceOrAdd(name: .host, value: "interne.example.net:8080")
            let sheet = try await coordinator.get(CCJFixture.ref(.codes(collegeID: election.collegeA))).body.string
            #expect(sheet.contains("ctg.caf.example.fr" + CCJFixture.ref(.vote(electionID: election.electionID))))
            #expect(!sheet.contains("interne.example.net"))
        }
    }
}
