@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// A 2022–2025 convention viewed in 2026 (issue 13 §2): it reads « échue », its progress is
/// the final one, and the coordinateur starts the next convention from a copy of its plan.
@Suite struct ConventionLifeAppTests {
    @Test func viewedAfterItsEndTheConventionReadsEchue() async throws {
        try await withApp { app in
            app.pilotageClock = .fixed(PilotageDate(year: 2026, month: 3, day: 15))
            let convention = try #require(try await Convention.find(try await Seed.conventionID(on: app.db), on: app.db))
            #expect(convention.endYear == 2025, "the seed is a 2022–2025 CTG")
            let home = try await app.testing().sendRequest(.GET, Seed.path(.home)).body.string
            #expect(home.contains("Échue depuis le 31 décembre 2025"))
            #expect(home.contains("href=\"\(Seed.path(.bilan(year: 2025)))\""))
            #expect(!home.contains("Ouvrir la convention suivante"), "only the coordinateur is offered the next one")
            let fiche = try await app.testing().sendRequest(.GET, Seed.path(.fiche(code: "1-1-1"))).body.string
            #expect(fiche.contains("Avancement final de la fiche (convention échue le 31 décembre 2025)"))
            #expect(!fiche.contains("en 2026"))
            #expect(!fiche.contains("situation en 2026"))

            let coordinator = try await signIn(app, as: .coordinateur)
            #expect(try await coordinator.get(Seed.path(.home)).body.string.contains("Ouvrir la convention suivante"))
            let suivi = try await coordinator.get(Seed.path(.suivi)).body.string
            #expect(suivi.contains("situation finale (convention échue le 31 décembre 2025)"))
            let gantt = try await coordinator.get(Seed.path(.gantt)).body.string
            #expect(gantt.contains("statuts : situation finale (convention échue le 31 décembre 2025)"))
            #expect(!gantt.contains("15 mars 2026"), "no day after the end")
        }
    }

    @Test func duringItsPeriodItReadsTheCurrentYear() async throws {
        try await withApp { app in
            app.pilotageClock = .fixed(PilotageDate(year: 2024, month: 6, day: 1))
            let fiche = try await app.testing().sendRequest(.GET, Seed.path(.fiche(code: "1-1-1"))).body.string
            #expect(fiche.contains("Avancement de la fiche en 2024"))
            let gantt = try await signIn(app, as: .lecteur).get(Seed.path(.gantt)).body.string
            #expect(gantt.contains("statuts : situation au 1er juin 2024"))
            let home = try await app.testing().sendRequest(.GET, Seed.path(.home)).body.string
            #expect(home.contains("En cours, jusqu&#39;au 31 décembre 2025") || home.contains("En cours, jusqu'au 31 décembre 2025"))
            #expect(!home.contains("Convention échue"))
        }
    }

    @Test func theNextConventionCopiesThePlanButNotWhatWasDone() async throws {
        try await withApp { app in
            let sourceID = try await Seed.conventionID(on: app.db)
            let source = try #require(try await Convention.find(sourceID, on: app.db))
            let sourceActions = try await PlanAction.query(on: app.db).filter(\.$convention.$id == sourceID).all()
            let sourceSubs = try await SousAction.query(on: app.db).filter(\.$action.$id ~~ sourceActions.map { try $0.requireID() }).all()
            let firstSub = try #require(sourceSubs.first)
            try await SousActionStatusEntry(sousActionID: try firstSub.requireID(), year: 2024, status: .realise, comment: "fait",
                                            recordedOn: "2024-05-02", authorID: nil).create(on: app.db)
            let sourceIndicators = try await Indicator.query(on: app.db).filter(\.$action.$id ~~ sourceActions.map { try $0.requireID() }).count()

            let coordinator = try await signIn(app, as: .coordinateur)
            let form = try await coordinator.get(Seed.path(.planEditor(.home))).body.string
            #expect(form.contains("<option value=\"\(sourceID)\" selected>Reprendre le plan de"))
            let created = try await coordinator.post(Seed.ref.path(.planEditor(.conventions)), [
                "title": "CTG 2026-2029", "cafName": source.cafName, "startYear": "2026", "endYear": "2029",
                "copyFrom": String(sourceID)])
            #expect(created.status == .seeOther)
            let next = try #require(try await Convention.query(on: app.db).filter(\.$title == "CTG 2026-2029").first())
            let nextID = try next.requireID()
            let actions = try await PlanAction.query(on: app.db).filter(\.$convention.$id == nextID).all()
            #expect(actions.map(\.code).sorted() == sourceActions.map(\.code).sorted())
            let subs = try await SousAction.query(on: app.db).filter(\.$action.$id ~~ actions.map { try $0.requireID() }).all()
            #expect(subs.count == sourceSubs.count)
            #expect(subs.allSatisfy { $0.years.isEmpty }, "the old period's years are not carried over")
            #expect(try await Indicator.query(on: app.db).filter(\.$action.$id ~~ actions.map { try $0.requireID() }).count() == sourceIndicators)
            #expect(try await SousActionStatusEntry.query(on: app.db).filter(\.$sousAction.$id ~~ subs.map { try $0.requireID() }).count() == 0)
            #expect(try await Axe.query(on: app.db).filter(\.$convention.$id == nextID).count()
                    == Axe.query(on: app.db).filter(\.$convention.$id == sourceID).count())
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .convention)
                .filter(\.$convention.$id == nextID).filter(\.$summary ~~ "Plan repris").first())
            #expect(entry.summary.contains("sans statuts ni mesures"))
        }
    }

    @Test func aConventionOfAnotherTerritoryCannotBeCopied() async throws {
        try await withApp { app in
            let other = try await PlanEditorFixture.withConvention(app)
            let coordinator = try await signIn(app, as: .coordinateur)
            let answer = try await coordinator.post(Seed.ref.path(.planEditor(.conventions)), [
                "title": "Détournée", "cafName": "CAF", "startYear": "2026", "endYear": "2029",
                "copyFrom": String(other.conventionID)])
            #expect(answer.status == .notFound)
            #expect(try await Convention.query(on: app.db).filter(\.$title == "Détournée").count() == 0)
        }
    }
}
