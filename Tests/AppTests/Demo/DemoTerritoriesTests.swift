@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// `ctg demo --territories 3` (issue 8): the bundled territory and two invented ones of other
/// départements, read from council texts in other layouts and plan spreadsheets, each with
/// its own name, CAF, period and organisations; a second run adds nothing.
@Suite struct DemoTerritoriesTests {
    @Test func threeTerritoriesEachWithItsOwnNameCAFAndPeriod() async throws {
        try await withApp { app in
            let loaded = try await DemoTerritories.load(count: 3, app: app)
            #expect(loaded.map(\.territory) == ["Communauté de communes du Bocage Fictif",
                                                 "Communauté d'agglomération du Val d'Arve Fictif"])
            let territories = try await Territory.query(on: app.db).sort(\.$slug).all()
            #expect(territories.map(\.slug) == ["bocage-fictif", "pays-de-saint-eloy", "val-d-arve-fictif"])
            #expect(territories.map(\.siren) == ["200070019", "200072080", "200070027"])
            let expected: [String: (String, Int, Int, String)] = [
                "bocage-fictif": ("CAF de la Sarthe", 2023, 2026, "Créer un conseil des jeunes"),
                "val-d-arve-fictif": ("CAF de la Haute-Savoie", 2024, 2027, "Ouvrir une micro-crèche en vallée"),
                "pays-de-saint-eloy": ("CAF du Puy-de-Dôme", 2022, 2025, "Renforcer l&#39;offre et la qualité des services petite enfance"),
            ]
            for territory in territories {
                let (caf, start, end, words) = try #require(expected[territory.slug])
                let convention = try #require(try await TerritoryScope.currentConvention(territoryID: territory.requireID(), on: app.db))
                #expect(convention.cafName == caf, "\(territory.slug)")
                #expect(convention.startYear == start && convention.endYear == end, "\(territory.slug)")
                let home = try await Browser(app).get(TerritoryRef(slug: territory.slug).path(.home))
                #expect(home.status == .ok)
                #expect(home.body.string.contains(caf), "\(territory.slug)")
                #expect(home.body.string.contains("\(start) – \(end)"), "\(territory.slug)")
                let plan = try await Browser(app).get(TerritoryRef(slug: territory.slug).path(.plan)).body.string
                #expect(plan.contains(words), "\(territory.slug)")
            }
            // Organisations come from the plan's names by the general rules, in each territory's own list.
            let bocageID = try #require(territories.first { $0.slug == "bocage-fictif" }?.id)
            let names = Set(try await Organisation.query(on: app.db).filter(\.$territory.$id == bocageID).all(\.$name))
            #expect(names.isSuperset(of: ["Communauté de communes du Bocage Fictif", "CAF de la Sarthe",
                                           "Commune de Sainte-Marie-des-Prés", "Région Pays de la Loire",
                                           "Conseil départemental de la Sarthe", "Association Les Petits Pas"]), "\(names)")
            #expect(!names.contains("Commune de Ste Marie-des-Prés") && !names.contains("CAF"), "\(names)")
            #expect(!names.contains { $0.contains("Puy-de-Dôme") || $0.contains("Haute-Savoie") }, "\(names)")
            let bocage = try await Browser(app).get("/bocage-fictif/plan/fiches/2-2-1").body.string
            #expect(bocage.contains("Élire un conseil intercommunal des jeunes"))
            let register = try await Browser(app).get("/val-d-arve-fictif/deliberations/D2024-31").body.string
            #expect(register.contains("Signature de la Convention Territoriale Globale 2024-2027"))

            // Again: nothing is added twice.
            let counts = (try await Convention.query(on: app.db).count(), try await SousAction.query(on: app.db).count())
            _ = try await DemoTerritories.load(count: 3, app: app)
            #expect(try await Convention.query(on: app.db).count() == counts.0)
            #expect(try await SousAction.query(on: app.db).count() == counts.1)
            #expect(try await Territory.query(on: app.db).count() == 3)
        }
    }
}
