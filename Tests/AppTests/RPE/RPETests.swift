@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// The RPE's figures and coverage rate, and a MAM project moved through its steps.
@Suite struct RPETests {
    static let home = TerritoryRef(slug: Seed.slug).path(.rpe(.home))
    static let mam = TerritoryRef(slug: Seed.slug).path(.rpe(.mam))

    @Test func coverageIsPlacesPer100ChildrenUnder3() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let form = ["commune": "Commune A", "year": "2024", "assistants": "12", "places": "40", "available": "5", "children": "64"]
            #expect(try await browser.post(Self.home, form).status == .seeOther)
            // 40 places for 64 children under 3: 62,5 places per 100.
            let page = try await browser.get(Self.home)
            #expect(page.body.string.contains("<td class=\"count\">62,5</td>"))
            var corrected = form
            corrected["places"] = "48"
            #expect(try await browser.post(Self.home, corrected).status == .seeOther)
            #expect(try await AMFigureRow.query(on: app.db).count() == 1)
            #expect(try await browser.get(Self.home).body.string.contains("<td class=\"count\">75</td>"))
            var bad = form
            bad["available"] = "50"
            let refused = try await browser.post(Self.home, bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Les places déclarées disponibles (50) ne peuvent dépasser les places agréées (40)."))
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.post(Self.home, form).status == .forbidden)
            let referent = try await signIn(app, as: .referent, organisation: "AFJC")
            #expect(try await referent.post(Self.home, form).status == .forbidden)
        }
    }

    @Test func aMAMProjectMovesThroughItsSteps() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            #expect(try await browser.post(Self.mam, ["name": "Trois AM du bourg", "commune": "Commune B", "assistants": "3"]).status == .seeOther)
            let project = try #require(try await MAMProject.query(on: app.db).first())
            #expect(project.stage == "souhait")
            let step = TerritoryRef(slug: Seed.slug).path(.rpe(.mamStep(projectID: try project.requireID())))
            #expect(try await browser.post(step, ["step": "etude-besoins", "day": "2025-02-10"]).status == .seeOther)
            #expect(try await browser.post(step, ["step": "information", "day": "2025-01-15"]).status == .seeOther)
            let moved = try #require(try await MAMProject.find(project.id, on: app.db))
            #expect(moved.stage == "etude-besoins")
            let page = try await browser.get(Self.mam)
            #expect(page.body.string.contains("<h2>Étude de besoins</h2>"))
            #expect(page.body.string.contains("Information : 15/01/2025 ; Étude de besoins : 10/02/2025"))
            let wrong = try await browser.post(step, ["step": "agrement-pmi", "day": "hier"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(try await browser.post(Self.mam, ["name": "X", "commune": "Y", "assistants": "9"]).status == .unprocessableEntity)
        }
    }
}
