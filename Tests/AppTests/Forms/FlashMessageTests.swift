@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// After a save, the next page says what happened, once, in the layout's role="status" line.
@Suite struct FlashMessageTests {
    static func statusLines(_ html: String) -> Int {
        html.components(separatedBy: "class=\"notice flash\" role=\"status\"").count - 1
    }

    @Test func aSaveIsAnnouncedOnceOnTheNextPage() async throws {
        try await withApp { app in
            let signInLanding = Browser(app)
            let user = try await TestAccounts.create(app, role: .coordinateur)
            let signedIn = try await signInLanding.signIn(email: user.email)
            let landing = try #require(signedIn.headers.first(name: .location))
            // Signing in is not a save: no message.
            #expect(Self.statusLines(try await signInLanding.get(landing).body.string) == 0)

            let indicator = try await IndicateurFixture.indicator(app, code: "1-1-1")
            let id = try indicator.requireID()
            let saved = try await signInLanding.post(Seed.ref.url(.indicatorMeasurements(id: id)).path, ["year": "2023", "value": "4"])
            let next = try #require(saved.headers.first(name: .location))
            let page = try await signInLanding.get(next).body.string
            #expect(page.contains("<p class=\"notice flash\" role=\"status\">Mesure ajoutée.</p>"))
            #expect(Self.statusLines(page) == 1)
            #expect(Self.statusLines(try await signInLanding.get(next).body.string) == 0)

            // A deletion: the confirmation step says nothing, the confirmed delete gets the generic message.
            let entry = try #require(try await MeasurementEntry.query(on: app.db).first())
            let removal = Seed.ref.url(.indicatorMeasurementRemoval(indicatorID: id, measurementID: try entry.requireID())).path
            let unconfirmed = try await signInLanding.post(removal)
            #expect(Self.statusLines(try await signInLanding.get(try #require(unconfirmed.headers.first(name: .location))).body.string) == 0)
            let removed = try await signInLanding.post(removal, ["confirm": "1"])
            let after = try await signInLanding.get(try #require(removed.headers.first(name: .location))).body.string
            #expect(after.contains("role=\"status\">Vos modifications ont été enregistrées.</p>"))
        }
    }
}
