@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 9: `ctg demo --territories N` fills an instance with generated territories that work
/// like any other, and a second run adds nothing.
@Suite struct ScaleDemoTests {
    @Test func generatedTerritoriesHaveTheirPlanFollowUpAndPages() async throws {
        try await withApp { app in
            let added = try await ScaleDemo.generate(upTo: 26, app: app) { _, _ in }
            #expect(added == 25)
            #expect(try await Territory.query(on: app.db).count() == 26)
            #expect(try await Convention.query(on: app.db).count() == 26)
            #expect(try await SousActionStatusEntry.query(on: app.db).count() > 25 * 20)
            #expect(try await ScaleDemo.generate(upTo: 26, app: app) { _, _ in } == 0)
            #expect(try await Territory.query(on: app.db).count() == 26)

            let generated = try #require(try await Territory.query(on: app.db).filter(\.$slug != Seed.slug).sort(\.$id).first())
            let ref = TerritoryRef(slug: generated.slug)
            for page in [TerritoryPage.home, .plan, .fiche(code: "2-1-1"), .search] {
                let response = try await app.testing().sendRequest(.GET, ref.path(page) + (page == .search ? "?q=parents" : ""))
                #expect(response.status == .ok, "\(ref.path(page)) : \(response.status)")
                #expect(response.body.string.contains(generated.name.inPage))
            }
            // A new territory after the generated ones gets an id the sequences did not hand out.
            let created = Territory(name: "Territoire créé après", siren: nil, departement: "01", slug: "cree-apres")
            try await created.create(on: app.db)
            #expect(created.id != nil)
        }
    }

    @Test func theTerritoriesListAndTheAPIArePaged() async throws {
        try await withApp { app in
            _ = try await ScaleDemo.generate(upTo: 120, app: app) { _, _ in }
            let first = try await app.testing().sendRequest(.GET, "/").body.string
            #expect(first.contains("120 territoires — page 1 sur 3"))
            #expect(first.contains(#"href="/?page=2" rel="next""#))
            #expect(first.components(separatedBy: "<th scope=\"row\">").count - 1 == 50)
            let last = try await app.testing().sendRequest(.GET, "/?page=3").body.string
            #expect(last.components(separatedBy: "<th scope=\"row\">").count - 1 == 20)

            let api = try await app.testing().sendRequest(.GET, "/api/v1/territoires?per=100&page=2")
            #expect(api.headers.first(name: "X-Total-Count") == "120")
            let list = try api.content.decode([ConventionAPIController.TerritorySummary].self)
            #expect(list.count == 20)
            #expect(list.allSatisfy { $0.conventions.count == 1 })
            #expect(api.headers.first(name: .link)?.contains("page=1&per=100>; rel=\"prev\"") == true)
            let refused = try await app.testing().sendRequest(.GET, "/api/v1/territoires?per=5000")
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("« per » va de 1 à 500"))
        }
    }
}
