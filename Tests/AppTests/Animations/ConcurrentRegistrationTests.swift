@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 10: "never overbook, never lose a registration". 200 people register at the same
/// moment for 20 places: exactly 20 places are confirmed, everybody else is waitlisted, and
/// every request is answered and stored.
@Suite struct ConcurrentRegistrationTests {
    @Test func twoHundredAtOnceForTwentyPlaces() async throws {
        try await withApp { app in
            let id = try await AnimationFixture.make(app, capacity: 20)
            let page = Seed.path(.animation(id: id))
            let crowd = Browser(app)
            _ = try await crowd.get(page)
            let forms = (0..<200).map { index in
                // Mostly one place, some two, so the last free place is fought over by sizes.
                AnimationFixture.form(name: "Personne \(index)", email: "p\(index)@exemple.fr",
                                      places: index.isMultiple(of: 7) ? "2" : "1")
            }
            let answers = try await crowd.postAllAtOnce(page, forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.created) == 200)
            let rows = try await AnimationFixture.registrations(app, id)
            #expect(rows.count == 200)
            #expect(Set(rows.map(\.email)).count == 200)
            let confirmed = rows.filter { $0.status == "confirmed" }.reduce(0) { $0 + $1.places }
            #expect(confirmed == 20)
            #expect(rows.allSatisfy { $0.status == "confirmed" || $0.status == "waitlisted" })
            #expect(answers.filter { $0.body.contains("Inscription confirmée") }.count == rows.filter { $0.status == "confirmed" }.count)
        }
    }
}
