@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// A survey or a chantier request of one territory does not exist under another's address.
@Suite struct SurveyScopeTests {
    @Test func anotherTerritorysAddressFindsNothing() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)
            let coordinator = try await signIn(app, as: .coordinateur)
            let id = try await SurveyFixture.make(app, coordinator: coordinator)
            let theirs = TerritoryRef(slug: other.slug)
            let visitor = Browser(app)
            #expect(try await visitor.get(theirs.path(.survey(.survey(id: id)))).status == .notFound)
            #expect(try await visitor.get(Seed.path(.survey(.survey(id: id)))).status == .ok)
            #expect(!(try await visitor.get(theirs.path(.survey(.list))).body.string.contains("Diagnostic du LAEP")))
            let q = try await SurveyFixture.questionIDs(app, id)
            let sent = try await SurveyFixture.answer(visitor, id, [(q[0], "Parent")])
            #expect(sent.status == .seeOther)
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let foreign = try await visitor.send(.POST, theirs.path(.survey(.survey(id: id))), headers: headers,
                                                 rawBody: ByteBuffer(string: SurveyFixture.body([(q[0], "Parent")], csrf: visitor.csrf)))
            #expect(foreign.status == .notFound)
            #expect(try await SurveyResponse.query(on: app.db).count() == 1)
            // The coordinateur of the seeded territory reads nothing of the other's builder.
            #expect(try await coordinator.get(theirs.path(.survey(.manage))).status == .notFound)
        }
    }
}
