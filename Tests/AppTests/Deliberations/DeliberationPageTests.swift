@testable import App
import Testing
import VaporTesting

@Suite struct DeliberationPageTests {
    @Test func deliberationPageShowsSeanceAttendanceAndStamps() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/deliberations/CC2022-04-06") { res in
                #expect(res.status == .ok)
                let body = res.body.string
                #expect(body.contains("7 juin 2022 à 18 h"))
                #expect(body.contains("1er juin 2022"))
                #expect(body.contains("Margaux PIQUELLE a donné procuration à Laurent DUMAS"))
                #expect(body.contains("Marie TARDIVAT remplacé(e) par Alain DURIN"))
                #expect(body.contains("Jocelyne LELONG"))
                #expect(body.contains("063-200072080-20220607-CC20220406-DE"))
                #expect(body.contains("Adoptée à l&#39;unanimité") || body.contains("Adoptée à l'unanimité"))
                #expect(body.contains("<dt>En exercice</dt><dd>53</dd>"))
            }
        }
    }

    @Test func unknownDeliberationIsAFrenchNotFound() async throws {
        try await withApp { app in
            try await app.testing().test(.GET, "/deliberations/CC1999-01-01") { res in
                #expect(res.status == .notFound)
                #expect(res.body.string.contains("Aucune délibération"))
            }
        }
    }
}
