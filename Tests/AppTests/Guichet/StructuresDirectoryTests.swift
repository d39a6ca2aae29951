@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// The public directory and its API: filters by commune, age and kind, on invented structures.
@Suite struct StructuresDirectoryTests {
    static func seedStructures(_ app: Application) async throws {
        try await GuichetFixture.structure(app, name: "Crèche Les Lutins", kind: .eaje, commune: "Église-Neuve", ages: (2, 47))
        try await GuichetFixture.structure(app, name: "Micro-crèche Pomme", kind: .microCreche, commune: "Port-Haut", ages: (3, 47))
        try await GuichetFixture.structure(app, name: "Espace jeunes Le Quai", kind: .espaceJeunes, commune: "Port-Haut", ages: (132, 215))
        try await GuichetFixture.structure(app, name: "Accueil de loisirs Les Pins", kind: .alsh, commune: "Église-Neuve", ages: (36, 143))
    }

    @Test func filtersByCommuneAgeAndKind() async throws {
        try await withApp { app in
            try await Self.seedStructures(app)
            let base = Seed.path(.guichet(.structures))
            let all = try await app.testing().sendRequest(.GET, base)
            #expect(all.status == .ok)
            #expect(all.body.string.contains("4 structures trouvées"))

            let commune = try await app.testing().sendRequest(.GET, base + "?commune=Port-Haut").body.string
            #expect(commune.contains("Micro-crèche Pomme") && commune.contains("Espace jeunes Le Quai"))
            #expect(!commune.contains("Crèche Les Lutins"))

            let age = try await app.testing().sendRequest(.GET, base + "?age=14&unite=ans").body.string
            #expect(age.contains("Espace jeunes Le Quai"))
            #expect(!age.contains("Micro-crèche Pomme") && !age.contains("Accueil de loisirs Les Pins"))

            let months = try await app.testing().sendRequest(.GET, base + "?age=2&unite=mois").body.string
            #expect(months.contains("Crèche Les Lutins") && !months.contains("Micro-crèche Pomme"))

            let kind = try await app.testing().sendRequest(.GET, base + "?type=alsh&commune=%C3%89glise-Neuve").body.string
            #expect(kind.contains("Accueil de loisirs Les Pins") && kind.contains("1 structure trouvée"))

            let bad = try await app.testing().sendRequest(.GET, base + "?age=douze")
            #expect(bad.status == .ok)
            #expect(bad.body.string.contains("L'âge « douze » n'est pas compris".inPage))
        }
    }

    @Test func apiListsTheTerritorysStructuresWithFilters() async throws {
        try await withApp { app in
            try await Self.seedStructures(app)
            let other = try await SecondTerritory.load(app)
            try await GuichetFixture.structure(app, name: "Crèche d'ailleurs", kind: .eaje, commune: "Port-Haut", ages: (0, 36),
                                               territoryID: try other.requireID())
            let path = SiteURL.api(.structures(Seed.ref)).path
            let response = try await app.testing().sendRequest(.GET, path + "?commune=Port-Haut")
            #expect(response.status == .ok)
            let items = try response.content.decode([StructuresAPIController.Item].self)
            #expect(items.map(\.name).sorted() == ["Espace jeunes Le Quai", "Micro-crèche Pomme"])
            #expect(items.first { $0.name == "Micro-crèche Pomme" }?.minAgeMonths == 3)
            let refused = try await app.testing().sendRequest(.GET, path + "?age=-4")
            #expect(refused.status == .badRequest)
        }
    }

    @Test func structurePageShowsItsFactsAndTheDemoMark() async throws {
        try await withApp { app in
            let structure = try await GuichetFixture.structure(app, name: "RPE du Val", kind: .rpe, commune: "Port-Haut", ages: (0, 71))
            structure.isDemo = true
            structure.openingHours = "mardi 9 h – 12 h"
            try await structure.save(on: app.db)
            let page = try await app.testing().sendRequest(.GET, Seed.path(.guichet(.structure(id: structure.id!))))
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Donnée de démonstration"))
            #expect(page.body.string.contains("mardi 9 h – 12 h"))
            #expect(page.body.string.contains("de 0 mois à 71 mois"))
            let other = try await SecondTerritory.load(app)
            let elsewhere = TerritoryRef(slug: other.slug).path(.guichet(.structure(id: structure.id!)))
            #expect(try await app.testing().sendRequest(.GET, elsewhere).status == .notFound)
        }
    }
}
