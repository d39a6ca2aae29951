@testable import App
import CTGCore
import Fluent
import SQLKit
import Testing
import Vapor

/// An election run end to end, single use of codes (concurrent too), colleges kept apart, dates enforced.
@Suite struct CCJVoteTests {
    @Test func anElectionRunsFromCodesToPublishedResults() async throws {
        try await withApp { app in
            let f = try await CCJFixture.make(app)
            #expect(f.codesA.count == 10 && f.codesB.count == 10)
            app.pilotageClock = .fixed(CCJFixture.during)
            let phone = Browser(app)
            let form = try await phone.get(f.votePath)
            #expect(form.body.string.contains("Code de vote imprimé sur votre papier"))
            // Typing the code (lower case, dashes) opens the ballot of its college.
            let shown = try await phone.post(f.votePath, ["code": VotingCode.display(f.codesA[0]).lowercased(), "step": "code"])
            #expect(shown.status == .ok)
            #expect(shown.body.string.contains("Collège Les Tilleuls : cochez au plus 2 candidats"))
            #expect(!shown.body.string.contains("Dylan Petit"))
            let (a1, a2, a3) = (f.candidatesA[0], f.candidatesA[1], f.candidatesA[2])
            // Alix 3 votes, Bastien 2, Chloé 1, one blank; Dylan 2, Emma 1.
            for (code, choices) in [(0, [a1, a2]), (1, [a1, a2]), (2, [a1, a3]), (3, [])] {
                #expect(try await f.vote(app, code: f.codesA[code], college: f.collegeA, choices: choices).status == .created)
            }
            for (code, choices) in [(0, [f.candidatesB[0]]), (1, [f.candidatesB[0]]), (2, [f.candidatesB[1]])] {
                #expect(try await f.vote(app, code: f.codesB[code], college: f.collegeB, choices: choices).status == .created)
            }
            let tooMany = try await f.vote(app, code: f.codesA[5], college: f.collegeA, choices: [a1, a2, a3])
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.body.contains("Vous avez choisi 3 candidats alors que votre collège élit 2 représentants"))
            let during = try await Browser(app).get(CCJFixture.ref(.election(id: f.electionID)))
            #expect(during.body.string.contains("Les résultats et la participation seront publiés ici après la clôture du vote."))
            #expect(!during.body.string.contains("<td class=\"count\">3</td>"))

            app.pilotageClock = .fixed(CCJFixture.after)
            let page = try await Browser(app).get(CCJFixture.ref(.election(id: f.electionID))).body.string
            // 7 ballots for 60 registered voters (50 + 10): 11,7 %.
            #expect(page.contains("7 bulletins déposés pour 60 électeurs inscrits : participation de 11,7 %."))
            #expect(page.contains("Bulletins : 4, participation : 8 %."))
            #expect(page.contains("<th scope=\"row\">Alix Martin</th><td class=\"count\">3</td><td><strong>siège obtenu</strong>"))
            #expect(page.contains("<th scope=\"row\">Bastien Roy</th><td class=\"count\">2</td><td><strong>siège obtenu</strong>"))
            #expect(page.contains("<th scope=\"row\">Chloé Diallo</th><td class=\"count\">1</td><td>pas de siège"))
            #expect(page.contains("<th scope=\"row\">Dylan Petit</th><td class=\"count\">2</td><td><strong>siège obtenu</strong>"))
            #expect(page.contains("renouvellement de l&#39;instance le 20/03/2028"))
            #expect(!page.contains("2013-05-02") && !page.contains("02/05/2013"))
        }
    }

    @Test func aCodeVotesOnceEvenWhenSubmittedManyTimesAtOnce() async throws {
        try await withApp { app in
            let f = try await CCJFixture.make(app)
            app.pilotageClock = .fixed(CCJFixture.during)
            let phone = Browser(app)
            try await phone.get(f.votePath)
            let forms = Array(repeating: f.ballot(code: f.codesB[0], college: f.collegeB, choices: [f.candidatesB[0]]), count: 8)
            let answers = try await phone.postAllAtOnce(f.votePath, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.created) == 1)
            #expect(answers.count(.conflict) == 7)
            #expect(answers.filter { $0.status == .conflict }.allSatisfy { $0.body.contains("Ce code a déjà servi") })
            let college = try #require(try await CCJCollege.find(f.collegeB, on: app.db))
            #expect(college.ballots == 1)
            #expect(try await CCJCandidate.find(f.candidatesB[0], on: app.db)?.votes == 1)
            // And afterwards, one by one, still no second ballot.
            let again = try await f.vote(app, code: f.codesB[0], college: f.collegeB, choices: [f.candidatesB[1]])
            #expect(again.status == .conflict)
            #expect(try await CCJCandidate.find(f.candidatesB[1], on: app.db)?.votes == 0)
        }
    }

    @Test func aCodeOfOneCollegeCannotVoteInAnother() async throws {
        try await withApp { app in
            let f = try await CCJFixture.make(app)
            app.pilotageClock = .fixed(CCJFixture.during)
            let refused = try await f.vote(app, code: f.codesA[0], college: f.collegeB, choices: [f.candidatesB[0]])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("Ce code appartient à un autre collège"))
            // Its own college's form with another college's candidate: refused too.
            let mixed = try await f.vote(app, code: f.codesA[1], college: f.collegeA, choices: [f.candidatesB[0]])
            #expect(mixed.status == .unprocessableEntity)
            #expect(try await CCJCode.query(on: app.db).filter(\.$used == true).count() == 0)
            #expect(try await CCJCollege.query(on: app.db).all().allSatisfy { $0.ballots == 0 })
            #expect(try await CCJCandidate.query(on: app.db).all().allSatisfy { $0.votes == 0 })
            // A code with a typo is refused by its check character.
            var typo = Array(f.codesA[2]); typo[0] = typo[0] == "A" ? "B" : "A"
            let mistyped = try await f.vote(app, code: String(typo), college: f.collegeA, choices: [])
            #expect(mistyped.status == .unprocessableEntity)
            #expect(mistyped.body.contains("faute de frappe"))
        }
    }

    @Test func votingOutsideTheDatesIsRefusedInFrench() async throws {
        try await withApp { app in
            let f = try await CCJFixture.make(app)
            let early = try await f.vote(app, code: f.codesA[0], college: f.collegeA, choices: [f.candidatesA[0]])
            #expect(early.status == .conflict)
            #expect(early.body.contains("Le vote n&#39;est pas encore ouvert : il aura lieu du 16/03/2026 au 20/03/2026."))
            app.pilotageClock = .fixed(CCJFixture.after)
            let late = try await f.vote(app, code: f.codesA[0], college: f.collegeA, choices: [f.candidatesA[0]])
            #expect(late.status == .conflict)
            #expect(late.body.contains("Le vote est clos depuis le 20/03/2026 au soir"))
            #expect(try await CCJCode.query(on: app.db).filter(\.$used == true).count() == 0)
            #expect(try await CCJCandidate.query(on: app.db).all().allSatisfy { $0.votes == 0 })
        }
    }
}
