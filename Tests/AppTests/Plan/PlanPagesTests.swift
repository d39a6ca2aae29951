@testable import App
import Testing
import VaporTesting

@Suite struct PlanPagesTests {
    @Test func homeShowsTheConventionAtAGlance() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy") { res in
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("lang=\"fr\""))
                #expect(body.contains("Communauté de communes du Pays de Saint-Eloy"))
                #expect(body.contains("CAF du Puy-de-Dôme"))
                #expect(body.contains("2022 – 2025"))
                #expect(body.contains("CC2022-04-06"))
                #expect(body.contains("<td>18</td><td>46</td>"))
            }
        }
    }

    @Test func planListsEveryAxeAndFiche() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/plan") { res in
                #expect(res.status == .ok)
                let body = res.body.string
                for axe in 1...4 { #expect(body.contains("id=\"axe-\(axe)\"")) }
                #expect(body.components(separatedBy: "href=\"/pays-de-saint-eloy/plan/fiches/").count - 1 == 18)
                #expect(body.contains("Renforcer les ALSH du territoire"))
            }
        }
    }

    @Test func fichePageShowsThePaperFields() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/plan/fiches/1-1-1") { res in
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("Les taux d'occupation des micro crèches sont rarement au-dessus des 75%".inPage))
                #expect(body.contains("Accueil de Jeunes enfants 0-3 ans"))
                #expect(body.contains("1-1-1-A"))
                #expect(body.contains("Adapter les agréments au besoin des familles"))
                #expect(body.contains("Evolution du taux d'occupation des structures".inPage))
                #expect(body.contains("<th scope=\"col\">2025</th>"))
            }
        }
    }

    @Test func fichePageKeepsImportWarningsFromThePublic() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/plan/fiches/1-2-2") { res in
                #expect(res.status == .ok)
                #expect(!res.body.string.contains("Avertissements de l'import"))
                #expect(res.body.string.lowercased().contains("public ciblé"))
            }
        }
    }

    @Test func unknownFicheIsAFrenchNotFoundPage() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/plan/fiches/9-9-9") { res in
                #expect(res.status == .notFound)
                #expect(res.body.string.contains("La fiche-action « 9-9-9 » n'existe pas".inPage))
            }
        }
    }

    @Test func searchFindsByTextOrganisationAndYear() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/pays-de-saint-eloy/recherche?q=cybercriminalite") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("2-2-2-A"))
                #expect(!res.body.string.contains("1-1-1-A"))
            }
            try await app.testing().test(.GET, "/pays-de-saint-eloy/recherche?year=2023") { res in
                #expect(res.body.string.contains("1-2-3-A"))
                #expect(!res.body.string.contains("3-1-3-A"))
            }
            try await app.testing().test(.GET, "/pays-de-saint-eloy/recherche?organisation=CARSAT") { res in
                #expect(res.body.string.contains("4-2-2-A"))
                #expect(!res.body.string.contains("1-1-1-A"))
            }
            try await app.testing().test(.GET, "/pays-de-saint-eloy/recherche?year=deux-mille") { res in
                #expect(res.status == .badRequest)
                #expect(res.body.string.contains("n'est pas valide".inPage))
            }
        }
    }

    @Test func healthAnswersWhenTheDatabaseDoes() async throws {
        try await withApp(seeded: false) { app in
            try await app.testing().test(.GET, "/health") { res in
                #expect(res.status == .ok)
            }
        }
    }
}
