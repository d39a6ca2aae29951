@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 10: the organisers' back office — creating a series, who may manage, attendance,
/// cancelling — and the computed indicators and purge that follow from it.
@Suite struct AnimationAdminTests {
    @Test func aReferentCreatesAWeeklySeriesForTheirOrganisation() async throws {
        try await withApp { app in
            let referent = try await signIn(app, as: .referent, organisation: "AFJC")
            #expect(try await referent.get(Seed.path(.newAnimation)).status == .ok)
            let territoryID = try await AnimationFixture.territoryID(app)
            let afjc = try await AnimationFixture.organisationID(app, "AFJC", territoryID: territoryID)
            let next = Calendar(identifier: .gregorian).dateComponents([.year], from: Date()).year! + 1
            let form = ["title": "Atelier des parents", "date": "\(next)-03-04", "time": "18:00", "durationMinutes": "90",
                        "recurrence": "hebdomadaire", "occurrences": "4", "place": "Salle du Moulin", "commune": "Bourg-Neuf",
                        "audience": "parents", "theme": "Parentalité", "capacity": "12", "organisation": String(afjc),
                        "subActions": "3-1-1-a, 4-2-1-A", "form_token": "tok-series"]
            let created = try await referent.post(Seed.path(.animationsAdmin), form)
            #expect(created.status == .seeOther)
            #expect(try await referent.post(Seed.path(.animationsAdmin), form).status == .seeOther) // a double click
            let rows = try await Animation.query(on: app.db).sort(\.$startsAt).all()
            #expect(rows.count == 4)
            #expect(Set(rows.map(\.seriesID)).count == 1 && rows.first?.seriesID == rows.first?.id)
            #expect(try await AnimationSubAction.query(on: app.db).count() == 8)
            var refused = form
            refused["subActions"] = "9-9-9-Z"
            refused["form_token"] = "tok-2"
            let answer = try await referent.post(Seed.path(.animationsAdmin), refused)
            #expect(answer.status == .unprocessableEntity)
            #expect(answer.body.string.contains("Sous-action inconnue dans le plan : 9-9-9-Z."))
        }
    }

    @Test func onlyTheOrganisersReferentsAndTheCoordinateurManage() async throws {
        try await withApp { app in
            let id = try await AnimationFixture.make(app, organisation: "AFJC")
            let other = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
            #expect(try await other.get(Seed.path(.animationAdmin(id: id))).status == .forbidden)
            #expect(try await other.post(Seed.path(.animationCancel(id: id)), ["confirm": "1"]).status == .forbidden)
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.get(Seed.path(.animationAdmin(id: id))).status == .forbidden)
            let own = try await signIn(app, as: .referent, organisation: "AFJC")
            #expect(try await own.get(Seed.path(.animationAdmin(id: id))).status == .ok)
            #expect(try await Browser(app).get(Seed.path(.animationAdmin(id: id))).status == .seeOther)
        }
    }

    @Test func cancellingTellsEveryRegistrantAndCanBeUndone() async throws {
        try await withApp { app in
            let id = try await AnimationFixture.make(app, capacity: 1)
            let territoryID = try await AnimationFixture.territoryID(app)
            for email in ["a@exemple.fr", "b@exemple.fr"] {
                _ = try await RegistrationDesk.register(.init(name: "X", email: email, places: 1, commune: "Bourg-Neuf", childrenAges: ""),
                                                        animationID: id, territoryID: territoryID, on: app.db)
            }
            let coordinateur = try await signIn(app, as: .coordinateur)
            #expect(try await coordinateur.post(Seed.path(.animationCancel(id: id))).status == .badRequest)
            #expect(try await Animation.find(id, on: app.db)?.isCancelled == false)
            #expect(try await coordinateur.post(Seed.path(.animationCancel(id: id)), ["confirm": "1"]).status == .seeOther)
            #expect(try await Animation.find(id, on: app.db)?.isCancelled == true)
            #expect(try await AnimationMessage.query(on: app.db).count() == 2)
            let page = try await coordinateur.get(Seed.path(.animationAdmin(id: id))).body.string
            #expect(page.contains("Animation annulée : Atelier des parents"))
            #expect(try await coordinateur.post(Seed.path(.animationCancel(id: id)), ["reinstate": "1"]).status == .seeOther)
            #expect(try await Animation.find(id, on: app.db)?.isCancelled == false)
        }
    }

    @Test func attendanceFeedsTheFichesComputedIndicators() async throws {
        try await withApp { app in
            let id = try await AnimationFixture.make(app, capacity: 10, inDays: 1, codes: ["3-1-1-A"])
            let territoryID = try await AnimationFixture.territoryID(app)
            var registrationIDs: [Int] = []
            for (email, places) in [("a@exemple.fr", 2), ("b@exemple.fr", 3)] {
                registrationIDs.append(try await RegistrationDesk.register(
                    .init(name: "X", email: email, places: places, commune: email.hasPrefix("a") ? "Bourg-Neuf" : "Lavaur-sur-Tarn", childrenAges: ""),
                    animationID: id, territoryID: territoryID, on: app.db).registrationID)
            }
            // The event has taken place.
            let animation = try #require(try await Animation.find(id, on: app.db))
            animation.startsAt = Date().addingTimeInterval(-7200)
            animation.endsAt = Date().addingTimeInterval(-3600)
            try await animation.save(on: app.db)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let saved = try await coordinateur.post(Seed.path(.animationAttendance(id: id)), [
                "present_\(registrationIDs[0])": "present", "present_\(registrationIDs[1])": "absent",
                "walkin_commune_0": "Montfort", "walkin_count_0": "4"])
            #expect(saved.status == .seeOther)
            let conventionID = try await Seed.conventionID(on: app.db)
            let action = try #require(try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID)
                .filter(\.$code == "3-1-1").first())
            let scope = ComputedScope(conventionID: conventionID, actionID: try action.requireID(), actionCode: "3-1-1")
            let sources = app.computedSources
            let year = AnimationDates.calendar.component(.year, from: animation.startsAt)
            func value(_ source: String) async throws -> Double? {
                let records = try await sources.provider(for: source)!.records(for: scope, on: app.db)
                return sources.registry.evaluate(source, records: records, year: year)?.value
            }
            #expect(try await value("animations.count") == 1)
            #expect(try await value("animations.participants") == 6) // 2 present + 4 walk-ins
            #expect(try await value(AnimationSources.attendanceRate) == 40) // 2 of 5 confirmed places
            #expect(try await value(AnimationSources.communes) == 2) // Bourg-Neuf, Montfort
        }
    }

    @Test func purgeEmptiesOldRegistrationsButKeepsTheCounts() async throws {
        try await withApp { app in
            let old = try await AnimationFixture.make(app, inDays: 1)
            let recent = try await AnimationFixture.make(app, inDays: 2)
            let territoryID = try await AnimationFixture.territoryID(app)
            for id in [old, recent] {
                _ = try await RegistrationDesk.register(.init(name: "Awa", email: "awa@exemple.fr", places: 2, commune: "Bourg-Neuf", childrenAges: "4"),
                                                        animationID: id, territoryID: territoryID, on: app.db)
            }
            let animation = try #require(try await Animation.find(old, on: app.db))
            animation.startsAt = Date().addingTimeInterval(-400 * 86_400)
            animation.endsAt = animation.startsAt.addingTimeInterval(3600)
            try await animation.save(on: app.db)
            #expect(try await RegistrationRetention(months: 12).purge(on: app.db) == 1)
            let purged = try await AnimationFixture.registrations(app, old)
            #expect(purged.first?.name == "" && purged.first?.email == "" && purged.first?.places == 2 && purged.first?.commune == "Bourg-Neuf")
            #expect(try await AnimationFixture.registrations(app, recent).first?.email == "awa@exemple.fr")
            let export = try await PersonalData.export(email: "AWA@exemple.fr", on: app.db)
            #expect(export.contains("awa@exemple.fr") && export.contains("Bourg-Neuf"))
            #expect(try await PersonalData.erase(email: "awa@exemple.fr", on: app.db) == 1)
            #expect(try await AnimationRegistration.query(on: app.db).filter(\.$email == "awa@exemple.fr").count() == 0)
            let journal = try await AuditEntry.query(on: app.db).all().map(\.summary).joined(separator: "\n")
            #expect(!journal.contains("awa@exemple.fr"))
        }
    }
}
