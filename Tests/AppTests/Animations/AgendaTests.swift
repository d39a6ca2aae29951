@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 10: the public agenda, its feeds and the JSON API.
@Suite struct AgendaTests {
    @Test func agendaFiltersByPublicCommuneAndTheme() async throws {
        try await withApp { app in
            try await AnimationFixture.make(app, title: "Éveil musical", commune: "Bourg-Neuf", audience: .age0to3, theme: "Musique")
            try await AnimationFixture.make(app, title: "Soirée jeux", commune: "Lavaur-sur-Tarn", audience: .age16to25, theme: "Jeux")
            try await AnimationFixture.make(app, title: "Sortie passée", inDays: -3)
            let browser = Browser(app)
            let all = try await browser.get(Seed.path(.agenda)).body.string
            #expect(all.contains("Éveil musical") && all.contains("Soirée jeux"))
            #expect(!all.contains("Sortie passée"))
            let young = try await browser.get(Seed.path(.agenda) + "?public=16-25").body.string
            #expect(young.contains("Soirée jeux") && !young.contains("Éveil musical"))
            let bourg = try await browser.get(Seed.path(.agenda) + "?commune=Bourg-Neuf&theme=Musique").body.string
            #expect(bourg.contains("Éveil musical") && !bourg.contains("Soirée jeux"))
            #expect(bourg.contains("agenda.ics?public=") == false)
            #expect(bourg.contains("/agenda.ics?commune=Bourg-Neuf&amp;theme=Musique"))
        }
    }

    @Test func icsFeedIsValidAndKeepsItsUIDs() async throws {
        try await withApp { app in
            let id = try await AnimationFixture.make(app, title: "Atelier; parents, enfants", audience: .parents)
            try await AnimationFixture.make(app, title: "Autre public", audience: .age11to15)
            let first = try await Browser(app).get(Seed.path(.agendaICS) + "?public=parents")
            #expect(first.status == .ok)
            #expect(first.headers.contentType?.subType == "calendar")
            let text = first.body.string
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(text.contains("UID:animation-\(id)-\(Seed.slug)@ctg\r\n"))
            #expect(text.contains(#"SUMMARY:Atelier\; parents\, enfants"#))
            #expect(!text.contains("Autre public"))
            for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
            let again = try await Browser(app).get(Seed.path(.agendaICS) + "?public=parents").body.string
            #expect(again.contains("UID:animation-\(id)-\(Seed.slug)@ctg\r\n"))
        }
    }

    @Test func atomFeedListsNewAnimations() async throws {
        try await withApp { app in
            try await AnimationFixture.make(app, title: "Café des parents & grands-parents")
            let feed = try await Browser(app).get(Seed.path(.agendaAtom))
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.subType == "atom+xml")
            #expect(feed.body.string.contains("<title>Café des parents &amp; grands-parents</title>"))

            // With CTG_PUBLIC_URL, the feed's links name the site, whatever Host the request chose.
            app.publicBaseURL = "https://ctg.caf.example.fr"
            let visitor = Browser(app)
            visitor.headers.replaceOrAdd(name: .host, value: "piege.example.net")
            let pinned = try await visitor.get(Seed.path(.agendaAtom)).body.string
            #expect(pinned.contains("href=\"https://ctg.caf.example.fr/\(Seed.slug)/"))
            #expect(!pinned.contains("piege"))
        }
    }

    @Test func apiListsUpcomingAndRegistersWithJSON() async throws {
        try await withApp { app in
            let id = try await AnimationFixture.make(app, capacity: 2, codes: ["3-1-1-A", "4-2-1-A"])
            let browser = Browser(app)
            let list = try await browser.get(SiteURL.api(.animations(Seed.ref)).path)
            #expect(list.status == .ok)
            let items = try list.content.decode([AnimationAPI.Summary].self)
            #expect(items.count == 1)
            #expect(items.first?.placesLeft == 2 && items.first?.subActions == ["3-1-1-A", "4-2-1-A"])
            let path = SiteURL.api(.animationRegistrations(Seed.ref, animationID: id)).path
            let json: HTTPHeaders = ["Content-Type": "application/json"]
            let ok = try await browser.send(.POST, path, headers: json,
                                            rawBody: ByteBuffer(string: #"{"name":"Léa","email":"lea@exemple.fr","places":2,"commune":"Bourg-Neuf"}"#))
            #expect(ok.status == .created)
            let created = try ok.content.decode(AnimationAPI.Created.self)
            #expect(created.status == "confirmed" && created.cancelToken.count > 30)
            let waiting = try await browser.send(.POST, path, headers: json,
                                                 rawBody: ByteBuffer(string: #"{"name":"Tom","email":"tom@exemple.fr","places":1,"commune":"Bourg-Neuf"}"#))
            #expect(try waiting.content.decode(AnimationAPI.Created.self).status == "waitlisted")
            let bad = try await browser.send(.POST, path, headers: json, rawBody: ByteBuffer(string: #"{"name":"","email":"x","places":0}"#))
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("Indiquez votre nom."))
            let after = try await browser.get(SiteURL.api(.animations(Seed.ref)).path).content.decode([AnimationAPI.Summary].self)
            #expect(after.first?.placesLeft == 0 && after.first?.waitlist == 1)
        }
    }
}
