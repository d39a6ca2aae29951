@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// The Parents and Jeunes pages: Markdown written through the form is shown without any of
/// its raw HTML or unsafe addresses, and pages past their review date are listed to editors.
@Suite struct InfoPagesTests {
    @Test func rawHTMLAndScriptAddressesAreEscaped() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            try await browser.get(Seed.path(.guichet(.newPage(.parents))))
            let markdown = """
                ## Inscriptions

                <script>alert('x')</script>
                <img src=x onerror="alert(1)">
                [cliquer](javascript:alert(2)) et [la CAF](https://www.caf.fr/)
                ![image](javascript:alert(3))
                """
            let created = try await browser.post(Seed.path(.guichet(.newPage(.parents))), [
                "title": "Inscriptions à la crèche", "summary": "", "markdown": markdown, "reviewInterval": "90", "organisation": ""])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            #expect(location == Seed.path(.guichet(.page(.parents, slug: "inscriptions-a-la-creche"))))
            let html = try await app.testing().sendRequest(.GET, location).body.string
            #expect(html.contains("<h2>Inscriptions</h2>"))
            #expect(!html.contains("<script>alert"))
            #expect(html.contains("&lt;script>alert") || html.contains("&lt;script&gt;alert"))
            #expect(!html.contains("<img src=x"))
            #expect(!html.contains("javascript:"))
            #expect(html.contains(#"<a href="https://www.caf.fr/">la CAF</a>"#))
            #expect(html.contains("Mis à jour le"))
        }
    }

    @Test func pagesPastTheirReviewDateAreListedToEditors() async throws {
        try await withApp { app in
            let territoryID = try await Territory.query(on: app.db).sort(\.$id).first()!.requireID()
            for (slug, age) in [("vieille-page", 200), ("page-recente", 10)] {
                let page = InfoPage()
                page.$territory.id = territoryID
                page.space = "jeunes"; page.slug = slug; page.title = "Titre \(slug)"; page.summary = ""; page.body = "Texte"
                page.reviewIntervalDays = 180; page.isDemo = false
                page.reviewedAt = Date().addingTimeInterval(-Double(age) * 86_400)
                try await page.create(on: app.db)
            }
            let browser = try await signIn(app, as: .coordinateur)
            let html = try await browser.get(Seed.path(.guichet(.manage))).body.string
            let overdue = try #require(html.components(separatedBy: #"id="pages-h""#).first)
            #expect(overdue.contains("Titre vieille-page"))
            #expect(!overdue.contains("Titre page-recente"))

            // Saving the page dates it today: it leaves the list.
            try await browser.get(Seed.path(.guichet(.editPage(.jeunes, slug: "vieille-page"))))
            let saved = try await browser.post(Seed.path(.guichet(.editPage(.jeunes, slug: "vieille-page"))), [
                "title": "Titre vieille-page", "slug": "vieille-page", "summary": "", "markdown": "Texte relu",
                "reviewInterval": "180", "organisation": ""])
            #expect(saved.status == .seeOther)
            let after = try await browser.get(Seed.path(.guichet(.manage))).body.string
            #expect(!(after.components(separatedBy: #"id="pages-h""#).first ?? "").contains("Titre vieille-page"))
            let journal = try await AuditEntry.query(on: app.db).filter(\.$entity == .infoPage).count()
            #expect(journal == 1)
        }
    }

    @Test func visitorsAndLecteursCannotWritePages() async throws {
        try await withApp { app in
            let anonymous = try await app.testing().sendRequest(.GET, Seed.path(.guichet(.newPage(.jeunes))))
            #expect(anonymous.status == .seeOther)
            let lecteur = try await signIn(app, as: .lecteur)
            let refused = try await lecteur.get(Seed.path(.guichet(.newPage(.jeunes))))
            #expect(refused.status == .forbidden)
        }
    }
}
