@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// « Nombre de jeunes souhaitant participer »: the candidates and the turnout of the elections
/// the coordinateur tied to a fiche, as computed sources with their provenance.
@Suite struct CCJIndicatorTests {
    @Test func candidatesAndTurnoutFeedTheFicheOfTheElection() async throws {
        try await withApp { app in
            let f = try await CCJFixture.make(app)
            app.pilotageClock = .fixed(CCJFixture.during)
            for index in 0..<3 {
                #expect(try await f.vote(app, code: f.codesA[index], college: f.collegeA, choices: [f.candidatesA[0]]).status == .created)
            }
            let conventionID = try await Seed.conventionID(on: app.db)
            let scope = ComputedScope(conventionID: conventionID, actionID: 0, actionCode: "4-1-1")
            let sources = app.computedSources
            let candidates = try await #require(sources.provider(for: CCJSources.candidates)).records(for: scope, on: app.db)
            let value = try #require(sources.registry.evaluate(CCJSources.candidates, records: candidates, year: 2026, scope: scope.phrase))
            #expect(value.value == 5)
            #expect(value.provenance.hasPrefix("Nombre de jeunes candidats au conseil des jeunes liées à la fiche-action 4-1-1 en 2026 : 5"))
            // Another fiche is not concerned.
            let other = ComputedScope(conventionID: conventionID, actionID: 0, actionCode: "4-1-2")
            #expect(try await sources.provider(for: CCJSources.candidates)!.records(for: other, on: app.db).isEmpty)
            // No turnout while the vote is open: the rate would move with every ballot.
            #expect(try await sources.provider(for: CCJSources.turnout)!.records(for: scope, on: app.db).isEmpty)
            app.pilotageClock = .fixed(CCJFixture.after)
            let turnout = try await #require(sources.provider(for: CCJSources.turnout)).records(for: scope, on: app.db)
            let rate = try #require(sources.registry.evaluate(CCJSources.turnout, records: turnout, year: 2026))
            // 3 ballots for 60 voters: 5 %.
            #expect(rate.value == 5)
            #expect(rate.recordLabels == ["« Élection du conseil des jeunes 2026 » : 3 bulletins pour 60 électeurs (5 %)"])
        }
    }
}
