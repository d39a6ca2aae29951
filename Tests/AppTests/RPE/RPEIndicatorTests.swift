@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// Fiches 1-2-1, 1-2-2 and 1-2-3's computed sources, and the relais' itinerance table.
@Suite struct RPEIndicatorTests {
    static let home = TerritoryRef(slug: Seed.slug).path(.rpe(.home))

    static func scope(_ app: Application) async throws -> ComputedScope {
        ComputedScope(conventionID: try await Seed.conventionID(on: app.db), actionID: 0, actionCode: "1-2-1")
    }

    static func value(_ app: Application, _ source: String, _ year: Int) async throws -> ComputedValue? {
        let provider = try #require(app.computedSources.provider(for: source))
        let records = try await provider.records(for: try await scope(app), on: app.db)
        return app.computedSources.registry.evaluate(source, records: records, year: year)
    }

    @Test func assistantsPlacesAndCoverageAddUpTheCommunes() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            for row in [["Bourg-Neuf", "2024", "10", "30", "4", "60"], ["Les Aulnes", "2024", "5", "18", "2", ""],
                        ["Val-Clair", "2024", "3", "10", "0", "40"], ["Bourg-Neuf", "2023", "8", "24", "1", "50"]] {
                let form = ["commune": row[0], "year": row[1], "assistants": row[2], "places": row[3], "available": row[4], "children": row[5]]
                #expect(try await browser.post(Self.home, form).status == .seeOther)
            }
            // 2024: 10 + 5 + 3 = 18 AM; 30 + 18 + 10 = 58 places; 4 + 2 + 0 = 6 available.
            #expect(try await Self.value(app, RPESources.assistants, 2024)?.value == 18)
            #expect(try await Self.value(app, RPESources.places, 2024)?.value == 58)
            #expect(try await Self.value(app, RPESources.availablePlaces, 2024)?.value == 6)
            // Coverage leaves Les Aulnes out (children unknown): (30 + 10) / (60 + 40) × 100 = 40.
            let coverage = try #require(try await Self.value(app, RPESources.coverage, 2024))
            #expect(coverage.value == 40)
            #expect(coverage.recordLabels.contains("Val-Clair 2024 : 40 enfants de moins de 3 ans"))
            #expect(!coverage.recordLabels.contains { $0.hasPrefix("Les Aulnes") })
            // 2023: 24 / 50 × 100 = 48.
            #expect(try await Self.value(app, RPESources.coverage, 2023)?.value == 48)
            #expect(try await Self.value(app, RPESources.assistants, 2023)?.provenance
                    .hasPrefix("Nombre d'assistants maternels agréés en 2023 : 8 (enregistrement #") == true)
            #expect(try await Self.value(app, RPESources.coverage, 2022)?.value == nil)
        }
    }

    @Test func mamProjectsAreKnownFromTheirFirstStep() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let mam = TerritoryRef(slug: Seed.slug).path(.rpe(.mam))
            #expect(try await browser.post(mam, ["name": "AM des Tilleuls", "commune": "Bourg-Neuf", "assistants": "3"]).status == .seeOther)
            #expect(try await browser.post(mam, ["name": "Projet du plateau", "commune": "Val-Clair", "assistants": "2"]).status == .seeOther)
            let projects = try await MAMProject.query(on: app.db).sort(\.$id).all()
            let first = TerritoryRef(slug: Seed.slug).path(.rpe(.mamStep(projectID: try projects[0].requireID())))
            #expect(try await browser.post(first, ["step": "information", "day": "2024-11-05"]).status == .seeOther)
            #expect(try await browser.post(first, ["step": "local", "day": "2025-03-01"]).status == .seeOther)
            // The first project is known from 2024; the second, a wish without a step, every year.
            #expect(try await Self.value(app, RPESources.mamProjects, 2023)?.value == 1)
            #expect(try await Self.value(app, RPESources.mamProjects, 2024)?.value == 2)
            #expect(try await Self.value(app, RPESources.mamSteps, 2024)?.value == 1)
            let steps = try #require(try await Self.value(app, RPESources.mamSteps, 2025))
            #expect(steps.value == 1)
            #expect(steps.recordLabels == ["« AM des Tilleuls » : Local trouvé"])
        }
    }

    @Test func itinerantSessionsAreTheRelaisAnimationsPerCommune() async throws {
        try await withApp { app in
            let territoryID = try await Seed.territoryID(on: app.db)
            let organisationID = try await AnimationFixture.organisationID(app, "AFJC", territoryID: territoryID)
            let relais = Structure(territoryID: territoryID, organisationID: organisationID, name: "Relais des Monts", kind: .rpe, commune: "Bourg-Neuf")
            let creche = Structure(territoryID: territoryID, organisationID: organisationID, name: "Crèche Soleil", kind: .eaje, commune: "Bourg-Neuf")
            try await relais.save(on: app.db)
            try await creche.save(on: app.db)
            func day(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T09:00:00Z")! }
            @discardableResult func make(_ commune: String, _ days: [String], structure: Structure) async throws -> Int {
                let valid = AnimationForm.Valid(title: "Matinée d'éveil", description: "Jeux.", starts: days.map(day), duration: 5400,
                                                place: "Salle des fêtes", commune: commune, audience: .parents, theme: "Petite enfance",
                                                capacity: 10, organisationID: organisationID, structureID: try structure.requireID(),
                                                codes: [], asksChildrenAges: false)
                return try await AnimationForm.create(valid, territoryID: territoryID, user: nil, on: app.db)
            }
            try await make("Val-Clair", ["2024-03-05", "2024-04-02", "2025-01-14"], structure: relais)
            try await make("Bourg-Neuf", ["2025-02-11"], structure: relais)
            let cancelled = try await make("Bourg-Neuf", ["2025-05-06"], structure: relais)
            try await make("Val-Clair", ["2025-01-20"], structure: creche)
            let toCancel = try #require(try await Animation.find(cancelled, on: app.db))
            toCancel.cancelledAt = Date()
            try await toCancel.save(on: app.db)
            // Val-Clair: 2 in 2024, 1 in 2025; Bourg-Neuf: 1 in 2025 (the cancelled one and the crèche's do not count).
            let page = try await signIn(app, as: .lecteur).get(Self.home).body.string
            #expect(page.contains("<tr><th scope=\"row\">Bourg-Neuf</th><td class=\"count\">0</td><td class=\"count\">1</td><td class=\"count\">1</td></tr>"))
            #expect(page.contains("<tr><th scope=\"row\">Val-Clair</th><td class=\"count\">2</td><td class=\"count\">1</td><td class=\"count\">3</td></tr>"))
            #expect(page.contains("<td class=\"count\">2</td><td class=\"count\">2</td><td class=\"count\">4</td></tr></tfoot>"))
            #expect(try await Self.value(app, RPESources.itinerance, 2025)?.value == 2)
            #expect(try await Self.value(app, RPESources.itinerance, 2024)?.recordLabels == ["Val-Clair, Matinée d'éveil", "Val-Clair, Matinée d'éveil"])
        }
    }
}
