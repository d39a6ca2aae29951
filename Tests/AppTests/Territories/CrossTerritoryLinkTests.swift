@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 8 §5: signed in as each of two territories' coordinateurs, every link reachable
/// from their home stays in their territory, and no page shows the other's data.
@Suite struct CrossTerritoryLinkTests {
    @Test func eachCoordinateurSeesOnlyTheirTerritoryFromEveryReachablePage() async throws {
        try await withApp { app in
            let seed = try #require(try await Territory.query(on: app.db).filter(\.$slug == Seed.slug).first())
            let other = try await SecondTerritory.load(app)
            #expect(other.slug != seed.slug)
            #expect(other.name != seed.name && !other.name.contains("Eloy"), "\(other.name)")
            try await SecondTerritory.mark(seed, code: "1-1-1-A", with: "marqueur-de-saint-eloy", on: app.db)
            try await SecondTerritory.mark(other, code: "1-1-1-A", with: "marqueur-du-val", on: app.db)
            for (mine, theirs, myMarker, theirMarker) in [(seed, other, "marqueur-de-saint-eloy", "marqueur-du-val"),
                                                          (other, seed, "marqueur-du-val", "marqueur-de-saint-eloy")] {
                let browser = try await signIn(app, as: .coordinateur, territoryID: try mine.requireID())
                let pages = try await crawl(browser, from: TerritoryRef(slug: mine.slug).path(.home))
                #expect(pages.count > 40, "trop peu de pages atteintes depuis \(mine.slug) : \(pages.count)")
                var sawOwnMarker = false
                for (path, body) in pages {
                    #expect(!body.contains("/\(theirs.slug)/") && !body.contains("\"/\(theirs.slug)\""),
                            "\(path) (\(mine.slug)) renvoie vers \(theirs.slug)")
                    #expect(!body.contains(theirMarker), "\(path) (\(mine.slug)) montre une donnée de \(theirs.slug)")
                    #expect(!body.contains(theirs.name), "\(path) (\(mine.slug)) nomme \(theirs.name)")
                    sawOwnMarker = sawOwnMarker || body.contains(myMarker)
                }
                #expect(sawOwnMarker, "la donnée propre à \(mine.slug) n'apparaît sur aucune page atteinte")
                // Typing the other territory's back-office address by hand gives nothing either.
                let foreign = try await browser.get(TerritoryRef(slug: theirs.slug).path(.suivi))
                #expect(foreign.status == .notFound)
            }
        }
    }

    /// Pages reachable by GET links from `start`, in this site only (not the sign-out form,
    /// not stylesheets), with their bodies. Bounded, so a link loop cannot hang the test.
    private func crawl(_ browser: Browser, from start: String) async throws -> [(String, String)] {
        var queue = [start], seen: Set<String> = [start], pages: [(String, String)] = []
        while !queue.isEmpty, pages.count < 400 {
            let path = queue.removeFirst()
            let response = try await browser.get(path)
            #expect([.ok, .seeOther].contains(response.status), "\(path) : \(response.status)")
            if response.status == .seeOther, let location = response.headers.first(name: .location), seen.insert(location).inserted {
                queue.append(location)
            }
            let body = response.body.string
            pages.append((path, body))
            for link in Self.links(in: body) where seen.insert(link).inserted { queue.append(link) }
        }
        return pages
    }

    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { rest -> String? in
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            var link = String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
            // `/` is the public directory of every territory: it names them all by design.
            guard link.hasPrefix("/"), link != "/", !link.hasPrefix("/css/"), !link.hasPrefix("/connexion") else { return nil }
            return link
        }
    }
}
