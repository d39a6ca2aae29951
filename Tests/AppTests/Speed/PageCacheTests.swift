@testable import App
import CTGCore
import Fluent
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Issue 9: public pages come from the cache only while nothing they show has changed.
@Suite struct PageCacheTests {
    let fiche = Seed.path(.fiche(code: "1-2-3"))

    @Test func aVisitorGetsTheSamePageAgainWithItsTagAndA304() async throws {
        try await withApp { app in
            let first = try await app.testing().sendRequest(.GET, fiche)
            #expect(first.status == .ok)
            let tag = try #require(first.headers.first(name: .eTag))
            let second = try await app.testing().sendRequest(.GET, fiche)
            #expect(second.body == first.body)
            #expect(second.headers.first(name: .eTag) == tag)
            #expect(app.pageCache.count == 1)
            let again = try await app.testing().sendRequest(.GET, fiche, headers: ["If-None-Match": tag])
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
        }
    }

    @Test func aSignedInPageIsNeverTakenFromTheCache() async throws {
        try await withApp { app in
            _ = try await app.testing().sendRequest(.GET, fiche)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let page = try await coordinateur.get(fiche)
            #expect(page.status == .ok)
            #expect(page.headers.first(name: .eTag) == nil)
            #expect(page.body.string.contains("Se déconnecter") || page.body.string.contains("déconnexion"))
        }
    }

    @Test func aStatusSavedThroughTheFormShowsAtOnceToVisitors() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            // Visitors see the status, not the comment (kept for those who follow the plan).
            let enCours = #"<span class="status status-en_cours">en cours</span>"#
            let before = try await app.testing().sendRequest(.GET, fiche)
            #expect(!before.body.string.contains(enCours))
            let coordinateur = try await signIn(app, as: .coordinateur)
            let saved = try await coordinateur.post(try await SuiviFixture.statusPath("1-2-3-A", app),
                                                    ["year": "2023", "status": "en_cours",
                                                     "comment": "Recensement lancé avec la PMI", "date": "2023-05-02"])
            #expect(saved.status == .seeOther)
            let after = try await app.testing().sendRequest(.GET, fiche)
            #expect(after.body.string.contains(enCours))
            #expect(after.headers.first(name: .eTag) != before.headers.first(name: .eTag))
        }
    }

    @Test func theCachedAndTheRenderedAPIAnswersAreTheSameBytes() async throws {
        try await withApp { app in
            let path = SiteURL.api(.plan(Seed.ref)).path
            let rendered = try await app.testing().sendRequest(.GET, path)
            let cached = try await app.testing().sendRequest(.GET, path)
            app.pageCache = PageCache(budgetBytes: 0)
            let uncached = try await app.testing().sendRequest(.GET, path)
            #expect(rendered.status == .ok)
            #expect(rendered.body.readableBytes > 10_000)
            #expect(cached.body == rendered.body)
            #expect(uncached.body == rendered.body)
            #expect(cached.headers.contentType == rendered.headers.contentType)
            #expect(app.pageCache.count == 0)
        }
    }

    @Test func aQueryBuilderDeleteMovesTheVersionAndThePage() async throws {
        try await withApp { app in
            let before = try await ContentVersionBook.read(on: app.db)
            let page = try await app.testing().sendRequest(.GET, fiche).body.string
            let sub = try await SuiviFixture.sousAction("1-2-3-B", app)
            #expect(page.contains(sub.title.inPage))
            try await SousAction.query(on: app.db).filter(\.$id == sub.requireID()).delete()
            #expect(try await ContentVersionBook.read(on: app.db) > before)
            #expect(!(try await app.testing().sendRequest(.GET, fiche).body.string.contains(sub.title.inPage)))
        }
    }

    @Test func everyTableThatPagesShowCarriesTheTriggers() async throws {
        try await withApp(seeded: false) { app in
            let sql = try #require(app.db as? any SQLDatabase)
            let tables = Set(try await ContentVersionTriggers.tables(on: sql))
            let tracked = try await ContentVersionTriggers.trackedTables(on: sql)
            #expect(tables.contains("sous_action_statuses") && tables.contains("_fluent_sessions"))
            let missing = tables.filter(ContentVersionTriggers.isTracked).subtracting(tracked)
            #expect(missing.isEmpty, "tables sans déclencheur de version : \(missing.sorted())")
            #expect(tracked.allSatisfy(ContentVersionTriggers.isTracked))
        }
    }
}
