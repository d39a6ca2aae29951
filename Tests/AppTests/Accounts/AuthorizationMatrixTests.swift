@testable import App
import Testing
import Vapor
import VaporTesting

@Suite struct AuthorizationMatrixTests {
    @Test func everyBackOfficeRouteRefusesWhoMayNotUseIt() async throws {
        try await withApp { app in
            let matrix = try await AuthorizationMatrix.run(app)
            #expect(matrix.violations == [], "\(matrix.violations.joined(separator: "\n"))")
            // The walk really happened, over the routes known today at least.
            for known in ["POST /admin/utilisateurs", "POST /admin/utilisateurs/:userID",
                          "POST /admin/utilisateurs/:userID/activation", "GET /admin/utilisateurs", "GET /admin/journal",
                          // Issue 8: instance admin and plan editor
                          "GET /admin/territoires", "POST /admin/territoires", "POST /admin/territoires/:territoryID/coordinateurs",
                          "POST /:territoire/plan/edition/conventions", "POST /:territoire/plan/edition/axes", "POST /:territoire/plan/edition/:kind/:itemID",
                          "POST /:territoire/plan/edition/:kind/:itemID/ajout", "POST /:territoire/plan/edition/:kind/:itemID/deplacement",
                          "POST /:territoire/plan/edition/:kind/:itemID/suppression", "POST /:territoire/plan/edition/fiches/:code",
                          "POST /:territoire/plan/edition/fiches/:code/sous-actions", "POST /:territoire/plan/edition/avertissements/:warningID",
                          // Issue 13: cancelling and reinstating séances and deliberations
                          "POST /:territoire/seances/:id/annulation", "POST /:territoire/seances/:id/retablissement",
                          "POST /:territoire/deliberations/:number/annulation", "POST /:territoire/deliberations/:number/retablissement",
                          // Issue 8 §5: comparing territories
                          "GET /territoires"] {
                #expect(matrix.checked.contains(known), "\(known) n'a pas été vérifiée")
            }
            #expect(!matrix.checked.contains("POST /deconnexion"))
        }
    }

    /// The matrix must catch an unguarded write, and must accept a fiche write guarded by `requireEdit`.
    @Test func theMatrixCatchesAnUnguardedRoute() async throws {
        try await withApp { app in
            app.post(":territoire", "plan", "fiches", ":code", "sans-controle") { _ in "modifié" }
            app.signedIn().post(":territoire", "plan", "fiches", ":code", "avec-controle") { req in
                try await req.requireEdit(actionCode: req.parameters.get("code")!, conventionID: try await req.userConventionID()).code
            }
            app.signedIn(.coordinateur).post(":territoire", "plan", "fiches", ":code", "coordination") { _ in "modifié" }
            let matrix = try await AuthorizationMatrix.run(app)
            let unguarded = matrix.violations.filter { $0.hasPrefix("POST /:territoire/plan/fiches/:code/sans-controle ") }
            #expect(unguarded.count == 4, "\(matrix.violations)")
            #expect(unguarded.contains { $0.contains("as caf 63 → 200") })
            #expect(unguarded.contains { $0.contains("as anonymous → 200") })
            #expect(unguarded.contains { $0.contains("as lecteur → 200") })
            #expect(!matrix.violations.contains { $0.contains("/avec-controle") }, "\(matrix.violations)")
            #expect(matrix.violations.contains { $0.hasPrefix("POST /:territoire/plan/fiches/:code/coordination as référent AFJC") })
        }
    }
}
