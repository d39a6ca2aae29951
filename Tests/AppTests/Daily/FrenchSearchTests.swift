@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Search in French (issue 13 §3): the engines' full-text index, kept up to date by the plan's
/// writes; accents, plurals and word order ignored; hits link to the sous-action, words marked.
@Suite struct FrenchSearchTests {
    private func search(_ app: Application, _ query: String, in slug: String = Seed.slug) async throws -> String {
        let q = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
        let res = try await app.testing().sendRequest(.GET, TerritoryRef(slug: slug).path(.search) + "?q=\(q)")
        #expect(res.status == .ok)
        return res.body.string
    }

    private func hitCount(_ page: String) -> Int { page.components(separatedBy: "<span class=\"meta\">").count - 1 }

    @Test func assistanteMaternelleFindsTheAssistantsMaternels() async throws {
        try await withApp { app in
            let page = try await search(app, "assistante maternelle")
            #expect(hitCount(page) > 0)
            #expect(page.contains("<title>Recherche « assistante maternelle »"))
            #expect(page.contains("<mark>"))
            #expect(page.range(of: ##"href="/pays-de-saint-eloy/plan/fiches/[0-9-]+(\?[^"#]*)?#sa-[0-9]+""##, options: .regularExpression) != nil)
            let reordered = try await search(app, "MATERNELS assistants")
            #expect(hitCount(reordered) == hitCount(page))
        }
    }

    @Test func jeunes16FindsTheSixteenToTwentyFive() async throws {
        try await withApp { app in
            let page = try await search(app, "jeunes 16")
            #expect(hitCount(page) > 0)
            #expect(page.contains("<mark>16</mark>"))
        }
    }

    @Test func aPlanWriteIsFoundAtOnceAndShownEscaped() async throws {
        try await withApp { app in
            let editor = try await PlanEditorFixture.withConvention(app)
            try await editor.post(.axes, ["title": "Petite enfance"])
            let axe = try #require(try await Axe.query(on: app.db).filter(\.$convention.$id == editor.conventionID).first())
            try await editor.post(.children(.axe, id: axe.requireID()), ["title": "Accueillir"])
            let objectif = try #require(try await Objectif.query(on: app.db).filter(\.$axe.$id == axe.requireID()).first())
            try await editor.post(.children(.objectif, id: objectif.requireID()), ["title": "Ouvrir une crèche"])
            try await editor.post(.sousActions(ficheCode: "1-1-1"), ["title": "Aménager <b>les</b> locaux de la crèche", "years": "2025"])
            let slug = try #require(try await Territory.query(on: app.db).filter(\.$siren == "200069177").first()).slug

            let page = try await search(app, "creches local", in: slug)
            #expect(hitCount(page) == 1)
            #expect(page.contains("Aménager &lt;b&gt;les&lt;/b&gt; <mark>locaux</mark> de la <mark>crèche</mark>"))
            #expect(!page.contains("<b>les</b>"))
            // The seed territory's plan is not searched from this territory, nor the reverse.
            #expect(hitCount(try await search(app, "assistante maternelle", in: slug)) == 0)
            #expect(hitCount(try await search(app, "Aménager locaux crèche", in: Seed.slug)) == 0)

            try await editor.post(.sousActions(ficheCode: "1-1-1"), ["title": "Recruter une directrice", "years": "2026"])
            #expect(hitCount(try await search(app, "directrices", in: slug)) == 1)
        }
    }

    @Test func theOrganisationFilterListsEachBodyOnceInFrenchOrder() async throws {
        try await withApp { app in
            let editor = try await PlanEditorFixture.withConvention(app)
            try await editor.post(.axes, ["title": "Jeunesse"])
            let axe = try #require(try await Axe.query(on: app.db).filter(\.$convention.$id == editor.conventionID).first())
            try await editor.post(.children(.axe, id: axe.requireID()), ["title": "Informer"])
            let objectif = try #require(try await Objectif.query(on: app.db).filter(\.$axe.$id == axe.requireID()).first())
            try await editor.post(.children(.objectif, id: objectif.requireID()), ["title": "Point information jeunesse"])
            let saved = try await editor.post(.fiche(code: "1-1-1"), [
                "title": "Point information jeunesse", "leads": "Mission locale\nla CAF",
                "partners": "Éducation nationale\nCAF\nDépartement\nFamilles rurales", "indicators": "", "results": ""])
            #expect(saved.status == .seeOther)
            let slug = try #require(try await Territory.query(on: app.db).filter(\.$siren == "200069177").first()).slug
            let page = try await app.testing().sendRequest(.GET, TerritoryRef(slug: slug).path(.search)).body.string
            let select = try #require(page.range(of: #"<select id="organisation"[\s\S]*?</select>"#, options: .regularExpression))
            let options = page[select].components(separatedBy: "<option>").dropFirst()
                .map { String($0.prefix { $0 != "<" }) }
            #expect(options == ["CAF", "Département", "Éducation nationale", "Familles rurales", "Mission locale"])

            let filtered = try await app.testing().sendRequest(.GET, TerritoryRef(slug: slug).path(.search) + "?organisation=CAF").body.string
            #expect(filtered.contains("Point information jeunesse"))
        }
    }
}
