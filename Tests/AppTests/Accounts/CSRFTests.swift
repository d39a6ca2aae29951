@testable import App
import Testing
import Vapor
import VaporTesting

@Suite struct CSRFTests {
    @Test func formsWithoutTheSessionTokenAreRefused() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let form = ["email": "nouveau@exemple.fr", "role": "lecteur", "password": "un mot de passe assez long"]

            let missing = try await browser.post("/admin/utilisateurs", form, csrf: false)
            #expect(missing.status == .forbidden)
            #expect(missing.body.string.contains(CSRF.refusal.inPage))

            var forged = form
            forged["csrf"] = "jeton-invente"
            let wrong = try await browser.send(.POST, "/admin/utilisateurs", form: forged)
            #expect(wrong.status == .forbidden)
            #expect(try await User.find(email: "nouveau@exemple.fr", on: app.db) == nil)

            let right = try await browser.post("/admin/utilisateurs", form)
            #expect(right.status == .seeOther)
            #expect(try await User.find(email: "nouveau@exemple.fr", on: app.db) != nil)
        }
    }

    @Test func theHeaderWorksForScripts() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .lecteur)
            let token = try #require(browser.csrf)
            let wrong = try await browser.send(.POST, "/deconnexion", headers: ["X-CSRF-Token": "x" + token])
            #expect(wrong.status == .forbidden)
            #expect(browser.session != nil)
            let right = try await browser.send(.POST, "/deconnexion", headers: ["X-CSRF-Token": token])
            #expect(right.status == .seeOther)
            #expect(browser.session == nil)
        }
    }

    @Test func aTokenFromAnotherSessionIsRefused() async throws {
        try await withApp { app in
            let victim = try await signIn(app, as: .coordinateur)
            let attacker = Browser(app)
            try await attacker.get("/connexion")
            let foreignToken = try #require(attacker.csrf)
            #expect(foreignToken != victim.csrf)
            let response = try await victim.send(.POST, "/deconnexion", form: ["csrf": foreignToken])
            #expect(response.status == .forbidden)
        }
    }

    @Test func everyUnsafeMethodIsChecked() async throws {
        try await withApp { app in
            app.put("essai-csrf") { _ in "passé" }
            app.delete("essai-csrf") { _ in "passé" }
            let browser = try await signIn(app, as: .coordinateur)
            for method in [HTTPMethod.PUT, .DELETE] {
                #expect(try await browser.send(method, "/essai-csrf").status == .forbidden)
                let ok = try await browser.send(method, "/essai-csrf", headers: ["X-CSRF-Token": try #require(browser.csrf)])
                #expect(ok.status == .ok)
            }
            // No POST route there: nothing to protect, the answer is a 405 (ErrorPageTests).
            #expect(try await browser.send(.POST, "/api/v1/conventions").status == .methodNotAllowed)
        }
    }

    @Test func theSignInFormCarriesItsToken() async throws {
        try await withApp { app in
            let user = try await TestAccounts.create(app, role: .lecteur)
            let response = try await Browser(app).post("/connexion", ["email": user.email, "password": TestAccounts.password], csrf: false)
            #expect(response.status == .forbidden)
        }
    }
}
