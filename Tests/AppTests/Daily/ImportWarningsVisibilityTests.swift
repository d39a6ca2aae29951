@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Import and SCDL warnings are the back office's worries (issue 13 §1): the territory's
/// coordinateur sees them with where to fix them; the public, lecteurs and référents do not.
@Suite struct ImportWarningsVisibilityTests {
    private func firstWarning(_ app: Application) async throws -> ImportWarning {
        let conventionID = try await Seed.conventionID(on: app.db)
        return try #require(try await ImportWarning.query(on: app.db).filter(\.$convention.$id == conventionID)
            .filter(\.$actionCode != nil).sort(\.$position).first())
    }

    @Test func onlyTheCoordinateurSeesAFichesWarnings() async throws {
        try await withApp { app in
            let warning = try await firstWarning(app)
            let code = try #require(warning.actionCode)
            let fiche = Seed.path(.fiche(code: code))
            let visitor = try await app.testing().sendRequest(.GET, fiche)
            #expect(visitor.status == .ok)
            #expect(!visitor.body.string.contains("Avertissements de l'import"))
            #expect(!visitor.body.string.contains(warning.message.inPage))
            for browser in [try await signIn(app, as: .lecteur), try await signIn(app, as: .referent, organisation: "AFJC")] {
                let page = try await browser.get(fiche)
                #expect(page.status == .ok)
                #expect(!page.body.string.contains("Avertissements de l'import"))
            }
            let coordinator = try await signIn(app, as: .coordinateur)
            let page = try await coordinator.get(fiche).body.string
            #expect(page.contains("Avertissements de l'import à traiter"))
            #expect(page.contains("id=\"avertissement-\(try warning.requireID())\""))
            #expect(page.contains(warning.message.inPage))
            #expect(page.contains("href=\"\(PlanEditorPath.fiche(code: code).href(Seed.ref))\""))
        }
    }

    @Test func aWarningMarkedTraiteKeepsItsCommentInTheJournal() async throws {
        try await withApp { app in
            let warning = try await firstWarning(app)
            let code = try #require(warning.actionCode)
            let coordinator = try await signIn(app, as: .coordinateur)
            let answer = try await coordinator.post(PlanEditorPath.warning(id: try warning.requireID()).href(Seed.ref),
                                                    ["comment": "Montant vérifié sur l'original papier", "retour": "fiche:\(code)"])
            #expect(answer.status == .seeOther)
            #expect(answer.headers.first(name: .location)?.hasPrefix(Seed.path(.fiche(code: code)) + "?") == true)
            let stored = try #require(try await ImportWarning.find(warning.requireID(), on: app.db))
            #expect(stored.resolvedAt != nil)
            #expect(stored.resolutionComment == "Montant vérifié sur l'original papier")
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .importWarning).first())
            #expect(entry.summary.hasSuffix("— commentaire : « Montant vérifié sur l'original papier »"))
            let anchor = "id=\"avertissement-\(try warning.requireID())\""
            #expect(!(try await coordinator.get(Seed.path(.fiche(code: code))).body.string.contains(anchor)))
        }
    }

    @Test func aLecteurCannotMarkAWarningTraite() async throws {
        try await withApp { app in
            let warning = try await firstWarning(app)
            let lecteur = try await signIn(app, as: .lecteur)
            let answer = try await lecteur.post(PlanEditorPath.warning(id: try warning.requireID()).href(Seed.ref), ["comment": "x"])
            #expect(answer.status == .forbidden)
            #expect(try await ImportWarning.find(warning.requireID(), on: app.db)?.resolvedAt == nil)
        }
    }

    @Test func theCoordinateursHomeListsOpenWarnings() async throws {
        try await withApp { app in
            let warning = try await firstWarning(app)
            let visitor = try await app.testing().sendRequest(.GET, Seed.path(.home))
            #expect(!visitor.body.string.contains("Avertissements de l'import"))
            let coordinator = try await signIn(app, as: .coordinateur)
            let home = try await coordinator.get(Seed.path(.home)).body.string
            #expect(home.contains("Avertissements de l'import à traiter"))
            #expect(home.contains(warning.message.inPage))
            #expect(home.contains("name=\"retour\" value=\"accueil\""))
        }
    }

    @Test func theScdlBoxIsTheCoordinateursOnly() async throws {
        try await withApp { app in
            let visitor = try await app.testing().sendRequest(.GET, Seed.path(.deliberations))
            #expect(visitor.status == .ok)
            #expect(!visitor.body.string.contains("Export SCDL : à compléter"))
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(!(try await lecteur.get(Seed.path(.deliberations)).body.string.contains("Export SCDL : à compléter")))
            let coordinator = try await signIn(app, as: .coordinateur)
            let page = try await coordinator.get(Seed.path(.deliberations)).body.string
            #expect(page.contains("Export SCDL : à compléter"))
            #expect(page.contains("href=\"\(Seed.path(.council))#settings-h\""))
        }
    }
}
