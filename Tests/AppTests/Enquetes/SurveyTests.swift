@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 12: a LAEP diagnostic survey built, answered anonymously and charted; bad answers refused.
@Suite struct SurveyAppTests {
    @Test func aSurveyIsAnsweredAnonymouslyAndCharted() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let id = try await SurveyFixture.make(app, coordinator: coordinator)
            let q = try await SurveyFixture.questionIDs(app, id)
            #expect(q.count == 5)
            let visitor = Browser(app)
            let form = try await visitor.get(Seed.path(.survey(.survey(id: id))))
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Autre commune, hors du territoire"))
            #expect(try await visitor.get(Seed.path(.survey(.list))).body.string.contains("Diagnostic du LAEP"))
            let sent = try await SurveyFixture.answer(visitor, id, [(q[0], "Parent"), (q[1], "Jeux"), (q[1], "Écoute"), (q[2], "4"),
                                                                     (q[3], "Vernines"), (q[4], "<b>Plus de créneaux</b> & le samedi")])
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: .location) == Seed.path(.survey(.thanks(id: id))))
            _ = try await visitor.get(Seed.path(.survey(.survey(id: id))))
            #expect(try await SurveyFixture.answer(visitor, id, [(q[0], "Professionnel"), (q[1], "Jeux"), (q[2], "2")]).status == .seeOther)
            #expect(try await SurveyResponse.query(on: app.db).filter(\.$survey.$id == id).count() == 2)
            // Nothing about the visitor is stored: the response holds its day only.
            #expect(try await SurveyResponse.query(on: app.db).first()?.submittedOn == SurveyFixture.today(app).description)

            let results = try await coordinator.get(Seed.path(.survey(.results(id: id)))).body.string
            #expect(results.contains("<svg"))
            #expect(results.contains("2 répondants à cette question, moyenne 3 sur 5"))
            // « Jeux » was ticked by both respondents: 2, 100 %.
            #expect(results.contains("<th scope=\"row\">Jeux</th><td class=\"count\">2</td><td class=\"count\">100\u{202F}%</td>"))
            #expect(results.contains("&lt;b&gt;Plus de créneaux&lt;/b&gt; &amp; le samedi"))
            #expect(!results.contains("<b>Plus de créneaux</b>"))

            let csv = try await coordinator.get(Seed.path(.survey(.csv(id: id))))
            let bytes = Array(csv.body.readableBytesView)
            #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            let lines = text.components(separatedBy: "\r\n")
            #expect(lines[0] == "Réponse;Jour;Q1 Vous êtes;Q2 Ce qui vous ferait venir;Q3 Satisfaction;Q4 Où habitez-vous ?;Q5 Vos idées")
            #expect(lines[1] == "1;\(SurveyFixture.today(app).french);Parent;Jeux | Écoute;4;Vernines;<b>Plus de créneaux</b> & le samedi")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .survey).filter(\.$summary == "Enquête « Diagnostic du LAEP » : une réponse reçue").count() == 2)
            // A public write names its author as a visitor, not as the command line.
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .survey).filter(\.$summary == "Enquête « Diagnostic du LAEP » : une réponse reçue")
                .filter(\.$userEmail == "visiteur du site public").count() == 2)
        }
    }

    @Test func aClosedOrUpcomingSurveyRecordsNothing() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let closed = try await SurveyFixture.make(app, coordinator: coordinator, opensIn: -20, closesIn: -1)
            let upcoming = try await SurveyFixture.make(app, coordinator: coordinator, opensIn: 2, closesIn: 9)
            let visitor = Browser(app)
            let page = try await visitor.get(Seed.path(.survey(.survey(id: closed))))
            #expect(page.body.string.contains("Cette enquête est close depuis le \(SurveyFixture.today(app).french)"))
            // A form opened before the close still carries a valid token: take one from another page.
            _ = try await visitor.get(SiteURL.signIn.path)
            let q = try await SurveyFixture.questionIDs(app, closed)
            let late = try await SurveyFixture.answer(visitor, closed, [(q[0], "Parent")])
            #expect(late.status == .conflict)
            #expect(late.body.string.contains("votre réponse n&#39;a pas été enregistrée"))
            let u = try await SurveyFixture.questionIDs(app, upcoming)
            let early = try await SurveyFixture.answer(visitor, upcoming, [(u[0], "Parent")])
            #expect(early.status == .conflict)
            #expect(early.body.string.contains("Cette enquête ouvrira le \(SurveyFixture.today(app).adding(days: 2).french)"))
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
            #expect(try await SurveyAnswer.query(on: app.db).count() == 0)
        }
    }

    @Test func badAnswersAndDraftsAreRefused() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let id = try await SurveyFixture.make(app, coordinator: coordinator)
            let draft = try await SurveyFixture.make(app, coordinator: coordinator, publish: false)
            let q = try await SurveyFixture.questionIDs(app, id)
            let visitor = Browser(app)
            _ = try await visitor.get(Seed.path(.survey(.survey(id: id))))
            let bad = try await SurveyFixture.answer(visitor, id, [(q[1], "Piscine"), (q[2], "9")])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Question 1 (« Vous êtes ») : une réponse est demandée.".inPage))
            #expect(bad.body.string.contains("Question 3 (« Satisfaction ») : choisissez une note entière de 1 à 5.".inPage))
            #expect(try await visitor.get(Seed.path(.survey(.survey(id: draft)))).status == .notFound)
            #expect(try await SurveyResponse.query(on: app.db).count() == 0)
            // The builder is the coordinateur's; the results are for signed-in readers of the territory.
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.get(Seed.path(.survey(.results(id: id)))).status == .ok)
            #expect(try await lecteur.post(Seed.path(.survey(.questions(id: id))), ["prompt": "X", "kind": "echelle"]).status == .forbidden)
            #expect(try await visitor.get(Seed.path(.survey(.results(id: id)))).status == .seeOther)
        }
    }

    @Test func questionsMoveAndAnAnsweredOneStays() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let id = try await SurveyFixture.make(app, coordinator: coordinator)
            let q = try await SurveyFixture.questionIDs(app, id)
            #expect(try await coordinator.post(Seed.path(.survey(.question(id: id, questionID: q[4]))), ["action": "monter"]).status == .seeOther)
            #expect(try await SurveyFixture.questionIDs(app, id) == [q[0], q[1], q[2], q[4], q[3]])
            let visitor = Browser(app)
            _ = try await visitor.get(Seed.path(.survey(.survey(id: id))))
            #expect(try await SurveyFixture.answer(visitor, id, [(q[0], "Parent")]).status == .seeOther)
            let refused = try await coordinator.post(Seed.path(.survey(.questionRemoval(id: id, questionID: q[0]))), ["confirm": "1"])
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("Cette question a déjà 1 réponse : elle ne peut plus être retirée."))
            #expect(try await coordinator.post(Seed.path(.survey(.questionRemoval(id: id, questionID: q[2]))), ["confirm": "1"]).status == .seeOther)
            #expect(try await SurveyFixture.questionIDs(app, id) == [q[0], q[1], q[4], q[3]])
        }
    }

    @Test func responsesFeedTheFichesIndicators() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let id = try await SurveyFixture.make(app, coordinator: coordinator, code: "3-1-2-A")
            let other = try await SurveyFixture.make(app, coordinator: coordinator, code: "2-2-1")
            let q = try await SurveyFixture.questionIDs(app, id)
            let o = try await SurveyFixture.questionIDs(app, other)
            let visitor = Browser(app)
            _ = try await visitor.get(Seed.path(.survey(.survey(id: id))))
            for choice in ["Parent", "Parent", "Professionnel"] {
                #expect(try await SurveyFixture.answer(visitor, id, [(q[0], choice)]).status == .seeOther)
            }
            #expect(try await SurveyFixture.answer(visitor, other, [(o[0], "Parent")]).status == .seeOther)
            let scope = ComputedScope(conventionID: try await Seed.conventionID(on: app.db), actionID: 0, actionCode: "3-1-2")
            let provider = try #require(app.computedSources.provider(for: ParticipationSources.responses))
            let records = try await provider.records(for: scope, on: app.db)
            let year = SurveyFixture.today(app).year
            let value = app.computedSources.registry.evaluate(ParticipationSources.responses, records: records, year: year)
            #expect(value?.value == 3)
            #expect(value?.recordLabels == ["Diagnostic du LAEP : 3 réponses"])
            let audiences = try await app.computedSources.provider(for: ParticipationSources.audiences)!.records(for: scope, on: app.db)
            #expect(audiences.map(\.label) == ["parents"])
        }
    }
}
