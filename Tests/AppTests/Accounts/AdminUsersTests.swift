@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

@Suite struct AdminUsersTests {
    @Test func theCoordinateurCreatesAReferent() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let page = try await browser.get("/admin/utilisateurs")
            #expect(page.status == .ok)
            for id in ["new-email", "new-role", "new-organisation", "new-password"] {
                #expect(page.body.string.contains("<label for=\"\(id)\""), "\(id)")
            }
            #expect(page.body.string.contains(#"autocomplete="new-password""#))
            let afjc = try await AuditTests.organisationID("AFJC", app)
            let response = try await browser.post("/admin/utilisateurs", [
                "email": " Nouvelle.Referente@Exemple.fr ", "role": "referent",
                "organisation": String(afjc), "password": "douze caractères",
            ])
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/admin/utilisateurs?message=cree")
            let user = try #require(try await User.find(email: "nouvelle.referente@exemple.fr", on: app.db))
            #expect(user.role == .referent)
            #expect(user.organisationID == afjc)
            #expect(try await browser.get("/admin/utilisateurs?message=cree").body.string.contains("Le compte a été créé."))
            #expect(try await Browser(app).signIn(email: "nouvelle.referente@exemple.fr", password: "douze caractères").status == .seeOther)
        }
    }

    @Test func invalidFormsSaveNothingAndSayWhyInFrench() async throws {
        try await withApp { app in
            let browser = try await signIn(app, as: .coordinateur)
            let existing = try await TestAccounts.create(app, role: .lecteur)
            let before = try await User.query(on: app.db).count()
            let entriesBefore = try await AuditEntry.query(on: app.db).count()
            let cases: [([String: String], HTTPStatus, String)] = [
                (["email": existing.email.uppercased(), "role": "lecteur", "password": "un mot de passe long"],
                 .conflict, "Un compte existe déjà pour l'adresse « \(existing.email) »."),
                (["email": "r@exemple.fr", "role": "referent", "organisation": "", "password": "un mot de passe long"],
                 .badRequest, "Un référent partenaire doit être rattaché à une organisation."),
                (["email": "c@exemple.fr", "role": "lecteur", "password": "trop court"],
                 .badRequest, "Le mot de passe doit contenir au moins 12 caractères."),
                (["email": "pas-une-adresse", "role": "lecteur", "password": "un mot de passe long"],
                 .badRequest, "L'adresse e-mail « pas-une-adresse » n'est pas valide."),
                (["email": "d@exemple.fr", "role": "administrateur", "password": "un mot de passe long"],
                 .badRequest, "Choisissez un rôle"),
                (["email": "e@exemple.fr", "role": "referent", "organisation": "999999", "password": "un mot de passe long"],
                 .badRequest, "Cette organisation n'appartient pas au territoire du compte."),
            ]
            for (form, status, message) in cases {
                let response = try await browser.post("/admin/utilisateurs", form)
                #expect(response.status == status, "\(form)")
                #expect(response.body.string.contains(message.inPage), "\(form)")
                #expect(response.body.string.contains(#"role="alert""#))
                if form["email"] != existing.email.uppercased() {
                    #expect(response.body.string.contains("value=\"\(form["email"]!.inPage)\""), "le formulaire garde l'adresse")
                }
            }
            #expect(try await User.query(on: app.db).count() == before)
            #expect(try await AuditEntry.query(on: app.db).count() == entriesBefore)
        }
    }

    @Test func aCoordinateurCannotLockThemselvesOut() async throws {
        try await withApp { app in
            let admin = try await TestAccounts.create(app, role: .coordinateur)
            let browser = Browser(app)
            try await browser.signIn(email: admin.email)
            let demote = try await browser.post("/admin/utilisateurs/\(admin.requireID())", ["role": "lecteur"])
            #expect(demote.status == .badRequest)
            #expect(demote.body.string.contains("Vous ne pouvez pas retirer votre propre rôle de coordinateur."))
            let deactivate = try await browser.post("/admin/utilisateurs/\(admin.requireID())/activation", ["active": "0"])
            #expect(deactivate.status == .badRequest)
            #expect(try await User.find(admin.id, on: app.db)?.role == .coordinateur)
            #expect(try await User.find(admin.id, on: app.db)?.isActive == true)
        }
    }

    @Test func onlyCoordinateursManageAccounts() async throws {
        try await withApp { app in
            for browser in [try await signIn(app, as: .lecteur), try await signIn(app, as: .referent, organisation: "AFJC")] {
                let page = try await browser.get("/admin/utilisateurs")
                #expect(page.status == .forbidden)
                #expect(page.body.string.contains("Cette page est réservée aux comptes coordinateur."))
                let create = try await browser.post("/admin/utilisateurs", ["email": "x@exemple.fr", "role": "coordinateur",
                                                                            "password": "un mot de passe long"])
                #expect(create.status == .forbidden)
            }
            #expect(try await User.find(email: "x@exemple.fr", on: app.db) == nil)
        }
    }
}
