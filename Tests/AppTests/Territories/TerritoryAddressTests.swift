@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 8 §5: every page of a territory lives under its slug; the old addresses answer 301.
@Suite struct TerritoryAddressTests {
    @Test func theOldAddressesAnswer301ToTheDefaultTerritorysPage() async throws {
        try await withApp { app in
            let browser = Browser(app)
            let plan = try await browser.get("/plan")
            #expect(plan.status == .movedPermanently)
            #expect(plan.headers.first(name: .location) == "/pays-de-saint-eloy/plan")
            let fiche = try await browser.get("/plan/fiches/1-2-3?x=1")
            #expect(fiche.headers.first(name: .location) == "/pays-de-saint-eloy/plan/fiches/1-2-3?x=1")
            let deliberation = try await browser.get("/deliberations/CC2022-04-06")
            #expect(deliberation.headers.first(name: .location) == "/pays-de-saint-eloy/deliberations/CC2022-04-06")
            // The first API's plan address leads to the territory's.
            let api = try await browser.get("/api/v1/conventions/1/plan")
            #expect(api.status == .movedPermanently)
            #expect(api.headers.first(name: .location) == "/api/v1/territoires/pays-de-saint-eloy/plan")
            #expect(try await browser.get("/pays-de-saint-eloy/plan").status == .ok)
        }
    }

    @Test func anOldAddressWithAConventionGoesToThatConventionsTerritory() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)
            let convention = try #require(try await Convention.query(on: app.db)
                .filter(\.$territory.$id == other.requireID()).first())
            let response = try await Browser(app).get("/suivi?convention=\(try convention.requireID())")
            #expect(response.status == .movedPermanently)
            #expect(response.headers.first(name: .location) == "/\(other.slug)/suivi?convention=\(try convention.requireID())")
        }
    }

    @Test func theHomeListsTheTerritoriesWhenThereAreSeveralAndOpensTheOnlyOneOtherwise() async throws {
        try await withApp { app in
            let alone = try await Browser(app).get("/")
            #expect(alone.status == .seeOther)
            #expect(alone.headers.first(name: .location) == "/pays-de-saint-eloy")
            let other = try await SecondTerritory.load(app)
            let list = try await Browser(app).get("/")
            #expect(list.status == .ok)
            #expect(list.body.string.contains("href=\"/pays-de-saint-eloy\""))
            #expect(list.body.string.contains("href=\"/\(other.slug)\""))
            #expect(list.body.string.contains("Saône-et-Loire (71)"))
        }
    }

    @Test func anUnknownTerritoryOrAConventionOfAnotherIsNotFoundInFrench() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)
            let foreign = try #require(try await Convention.query(on: app.db).filter(\.$territory.$id == other.requireID()).first())
            let browser = Browser(app)
            let unknown = try await browser.get("/nulle-part/plan")
            #expect(unknown.status == .notFound)
            #expect(unknown.body.string.contains("Aucun territoire n&#39;a l&#39;adresse « nulle-part »"))
            let crossed = try await browser.get("/pays-de-saint-eloy/plan?convention=\(try foreign.requireID())")
            #expect(crossed.status == .notFound)
        }
    }

    @Test func noSlugCanTakeTheFirstSegmentOfAPage() {
        for root in TerritoryPage.legacyRoots where !root.contains(".") {
            #expect(!TerritorySlug.isValid(root), "« \(root) » ne doit pas pouvoir être l'adresse d'un territoire")
            #expect(TerritorySlug.unique(from: "Commune de \(root)", taken: []) != root)
        }
        for instanceWide in ["admin", "api", "connexion", "deconnexion", "territoires", "health", "css"] {
            #expect(!TerritorySlug.isValid(instanceWide))
        }
    }

    @Test func theAPIListsTerritoriesWithTheirPlansAddress() async throws {
        try await withApp { app in
            let response = try await Browser(app).get("/api/v1/territoires")
            #expect(response.status == .ok)
            struct Row: Decodable { var slug: String; var conventions: [Convention] }
            struct Convention: Decodable { var planURL: String }
            let rows = try response.content.decode([Row].self)
            #expect(rows.map(\.slug) == ["pays-de-saint-eloy"])
            #expect(rows.first?.conventions.map(\.planURL) == ["/api/v1/territoires/pays-de-saint-eloy/plan"])
        }
    }
}
