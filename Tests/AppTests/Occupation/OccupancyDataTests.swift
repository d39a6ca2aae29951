@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// The demonstration crèches, fiche 1-1-1's computed indicator, and imports at the same moment.
@Suite struct OccupancyDataTests {
    @Test func demoCrechesShowTheHeatmapAtOnce() async throws {
        try await withApp { app in
            let territoryID = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID()
            try await OccupancyDemo.load(territoryID: territoryID, year: 2024, on: app.db)
            try await OccupancyDemo.load(territoryID: territoryID, year: 2024, on: app.db) // adds nothing twice
            let demo = try await Structure.query(on: app.db).filter(\.$isDemo == true).all()
            #expect(demo.count == 3)
            for sample in OccupancyDemo.samples { #expect(AgrementText.read(sample.agrement).errors.isEmpty, "\(sample.name)") }
            // Each month but the closed days of August and December has rows, for each weekday open.
            let months = try await OccupancyMonthRow.query(on: app.db).filter(\.$territory.$id == territoryID).all()
            #expect(Set(months.map(\.month)).count == 12)
            #expect(try await OccupancyFixture.attendanceCount(app) > 3 * 200)
            let page = try await signIn(app, as: .lecteur).get(OccupancyFixture.path(.home) + "?annee=2024")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("(démonstration)"))
            #expect(page.body.string.contains("mercredi, janvier 2024 : "))
            // The seed's "Evolution du taux d'occupation des structures" now reads the computed source.
            let bound = try await Indicator.query(on: app.db).filter(\.$computedSource == "occupancy.rate").all()
            #expect(bound.map(\.label) == ["Evolution du taux d'occupation des structures"])
        }
    }

    @Test func fiche111IndicatorReadsTheMonthlyRates() async throws {
        try await withApp { app in
            let structure = try await OccupancyFixture.structure(app)
            let browser = try await signIn(app, as: .coordinateur)
            let id = try structure.requireID()
            try await browser.post(OccupancyFixture.path(.agrement(structureID: id)), ["agrement": OccupancyPageTests.agrement])
            try await browser.post(OccupancyFixture.path(.attendance(structureID: id)), ["csv": OccupancyPageTests.march])
            // April 2024 declared as monthly hours: 22 weekdays × 1 200 = 26 400 place-minutes; 264 h = 60 %.
            #expect(try await browser.post(OccupancyFixture.path(.hours(structureID: id)),
                                           ["month": "2024-04", "realised": "264", "billed": ""]).status == .seeOther)
            let conventionID = try await Seed.conventionID(on: app.db)
            let records = try await OccupancyRateProvider().records(
                for: ComputedScope(conventionID: conventionID, actionID: 0, actionCode: "1-1-1"), on: app.db)
            #expect(records.map(\.id) == ["\(id)-2024-03", "\(id)-2024-04"])
            #expect(abs((records[0].value ?? 0) - 900.0 / 25_200 * 100) < 1e-9)
            #expect(records[1].value == 60)
            let value = ComputedIndicatorRegistry.standard.evaluate("occupancy.rate", records: records, year: 2024)
            #expect(abs((value?.value ?? 0) - (900.0 / 25_200 * 100 + 60) / 2) < 1e-9)
            #expect(app.computedSources.provider(for: "occupancy.rate") != nil)
        }
    }

    @Test func simultaneousImportsOfTheSameDaysCountThemOnce() async throws {
        try await withApp { app in
            let structure = try await OccupancyFixture.structure(app)
            let id = try structure.requireID()
            let browser = try await signIn(app, as: .coordinateur)
            try await browser.post(OccupancyFixture.path(.agrement(structureID: id)), ["agrement": OccupancyPageTests.agrement])
            let answers = try await browser.postAllAtOnce(OccupancyFixture.path(.attendance(structureID: id)),
                                                          Array(repeating: ["csv": OccupancyPageTests.march], count: 6))
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 6)
            #expect(try await OccupancyFixture.attendanceCount(app) == 2)
            let rows = try await OccupancyMonthRow.query(on: app.db).filter(\.$structure.$id == id).all()
            #expect(rows.map(\.realisedMinutes).reduce(0, +) == 900)
        }
    }
}
