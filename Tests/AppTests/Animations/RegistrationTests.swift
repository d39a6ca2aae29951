@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 10: registering to an animation through its page, the waitlist, and cancelling.
@Suite struct RegistrationTests {
    @Test func aFamilyRegistersThenCancelsAndTheWaitlistMovesUp() async throws {
        try await withApp { app in
            let id = try await AnimationFixture.make(app, capacity: 3)
            let page = Seed.path(.animation(id: id))
            let family = Browser(app)
            let shown = try await family.get(page)
            #expect(shown.status == .ok)
            #expect(shown.body.string.contains("Responsable du traitement"))
            #expect(!shown.body.string.contains("checked"))
            let first = try await family.post(page, AnimationFixture.form(places: "3"))
            #expect(first.status == .created)
            #expect(first.body.string.contains("Inscription confirmée"))
            let cancel = try #require(AnimationFixture.cancelPath(in: first.body.string))
            let late = Browser(app)
            _ = try await late.get(page)
            let second = try await late.post(page, AnimationFixture.form(name: "Jean Martin", email: "jean@exemple.fr", places: "2"))
            #expect(second.status == .created)
            #expect(second.body.string.contains("liste d'attente"))
            // The token is not stored as such.
            let rows = try await AnimationFixture.registrations(app, id)
            #expect(rows.map(\.status) == ["confirmed", "waitlisted"])
            #expect(!rows.contains { cancel.contains($0.tokenHash) })

            #expect(try await family.get(cancel).status == .ok)
            let cancelled = try await family.post(cancel)
            #expect(cancelled.status == .ok)
            #expect(cancelled.body.string.contains("Votre inscription est annulée"))
            let after = try await AnimationFixture.registrations(app, id)
            #expect(after.map(\.status) == ["cancelled", "confirmed"])
            let messages = try await AnimationMessage.query(on: app.db).all()
            #expect(messages.count == 1 && messages.first?.$registration.id == after[1].id)
            // Twice: already cancelled.
            #expect(try await family.post(cancel).status == .conflict)
        }
    }

    @Test func badInputIsRefusedInFrenchAndNothingIsWritten() async throws {
        try await withApp { app in
            let id = try await AnimationFixture.make(app, capacity: 5)
            let page = Seed.path(.animation(id: id))
            let browser = Browser(app)
            _ = try await browser.get(page)
            let empty = try await browser.post(page, ["name": "", "email": "non", "places": "0", "commune": ""])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Indiquez votre nom."))
            let tooMany = try await browser.post(page, AnimationFixture.form(places: "6"))
            #expect(tooMany.status == .badRequest)
            #expect(tooMany.body.string.contains("alors que l&#39;animation en compte 5"))
            #expect(try await AnimationFixture.registrations(app, id).isEmpty)
        }
    }

    @Test func pastCancelledAndForgedAreRefused() async throws {
        try await withApp { app in
            let past = try await AnimationFixture.make(app, inDays: -2)
            let browser = Browser(app)
            _ = try await browser.get(Seed.path(.animation(id: past)))
            let late = try await browser.post(Seed.path(.animation(id: past)), AnimationFixture.form())
            #expect(late.status == .conflict)
            #expect(late.body.string.contains("les inscriptions sont closes"))
            let cancelled = try await AnimationFixture.make(app)
            let animation = try #require(try await Animation.find(cancelled, on: app.db))
            animation.cancelledAt = Date()
            try await animation.save(on: app.db)
            #expect(try await browser.post(Seed.path(.animation(id: cancelled)), AnimationFixture.form()).status == .conflict)
            let forged = Seed.path(.registrationCancel(token: RegistrationDesk.newToken()))
            let answer = try await browser.get(forged)
            #expect(answer.status == .notFound)
            #expect(answer.body.string.contains("lien d&#39;annulation n&#39;est pas valide"))
            #expect(try await browser.post(forged).status == .notFound)
            #expect(try await AnimationRegistration.query(on: app.db).count() == 0)
        }
    }

    @Test func anotherTerritorysAnimationIsNotFoundHere() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)
            let organisation = try await Organisation.query(on: app.db).filter(\.$territory.$id == other.requireID()).first()!
            let id = try await AnimationFixture.make(app, organisation: organisation.name, slug: other.slug)
            #expect(try await Browser(app).get(Seed.path(.animation(id: id))).status == .notFound)
            #expect(try await Browser(app).get(TerritoryRef(slug: other.slug).path(.animation(id: id))).status == .ok)
        }
    }
}
