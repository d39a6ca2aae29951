@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

@Suite struct AccessTests {
    @Test func whoMayEditFiche111() async throws {
        try await withApp { app in
            let action = try await Self.action("1-1-1", app)
            let actionID = try action.requireID()
            let afjc = try await TestAccounts.create(app, role: .referent, organisation: "AFJC")
            let cleDesChamps = try await TestAccounts.create(app, role: .referent, organisation: "La Clé des Champs")
            let coordinateur = try await TestAccounts.create(app, role: .coordinateur)
            let lecteur = try await TestAccounts.create(app, role: .lecteur)
            let stranger = try await TestAccounts.create(app, role: .coordinateur, territoryID: try await Self.otherTerritory(app).territoryID)

            #expect(try await AccessPolicy.canEdit(afjc, actionID: actionID, on: app.db))
            #expect(try await AccessPolicy.canEdit(coordinateur, actionID: actionID, on: app.db))
            #expect(try await !AccessPolicy.canEdit(cleDesChamps, actionID: actionID, on: app.db))
            #expect(try await !AccessPolicy.canEdit(lecteur, actionID: actionID, on: app.db))
            #expect(try await !AccessPolicy.canEdit(stranger, actionID: actionID, on: app.db))
            #expect(try await !AccessPolicy.canEdit(nil, actionID: actionID, on: app.db))

            let sousAction = try #require(try await action.$sousActions.get(on: app.db).first)
            #expect(try await AccessPolicy.canEdit(afjc, sousActionID: sousAction.requireID(), on: app.db))
            #expect(try await !AccessPolicy.canEdit(cleDesChamps, sousActionID: sousAction.requireID(), on: app.db))

            // Being a partenaire is not being responsable.
            try await ActionOrganisation(actionID: actionID, organisationID: cleDesChamps.organisationID, role: .partner,
                                         label: "La Clé des Champs", position: 99).create(on: app.db)
            #expect(try await !AccessPolicy.canEdit(cleDesChamps, actionID: actionID, on: app.db))

            coordinateur.isActive = false
            #expect(try await !AccessPolicy.canEdit(coordinateur, actionID: actionID, on: app.db))
        }
    }

    @Test func requireEditAnswersInFrenchWithTheRightStatus() async throws {
        try await withApp { app in
            app.signedIn().post(":territoire", "essai-fiche", ":code") { req in
                let conventionID = try await req.userConventionID()
                return try await req.requireEdit(actionCode: req.parameters.get("code")!, conventionID: conventionID).code
            }
            let afjc = try await signIn(app, as: .referent, organisation: "AFJC")
            let allowed = try await afjc.post("/pays-de-saint-eloy/essai-fiche/1-1-1")
            #expect(allowed.status == .ok)
            #expect(allowed.body.string == "1-1-1")

            let refused = try await signIn(app, as: .referent, organisation: "La Clé des Champs").post("/pays-de-saint-eloy/essai-fiche/1-1-1")
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains(AccessDenied.notResponsable.inPage))

            let lecteur = try await signIn(app, as: .lecteur).post("/pays-de-saint-eloy/essai-fiche/1-1-1")
            #expect(lecteur.status == .forbidden)
            #expect(lecteur.body.string.contains(AccessDenied.readOnly.inPage))

            #expect(try await afjc.post("/pays-de-saint-eloy/essai-fiche/9-9-9").status == .notFound)
        }
    }

    @Test func aUserOfOneTerritorySeesNothingOfAnother() async throws {
        try await withApp { app in
            app.signedIn().get("essai-territoire", ":id") { req in
                try await req.requireTerritory(conventionID: req.parameters.get("id", as: Int.self)!).title
            }
            app.signedIn().get(":territoire", "essai-convention") { req in String(try await req.userConventionID()) }
            let home = try await Self.action("1-1-1", app).$convention.id
            let other = try await Self.otherTerritory(app)

            let local = try await signIn(app, as: .coordinateur)
            let localUser = try #require(try await User.query(on: app.db).filter(\.$role == .coordinateur).sort(\.$id).first())
            let stranger = try await signIn(app, as: .coordinateur, territoryID: other.territoryID)

            #expect(try await local.get("/essai-territoire/\(home)").status == .ok)
            #expect(try await local.get("/essai-territoire/\(other.conventionID)").status == .notFound)
            #expect(try await stranger.get("/essai-territoire/\(home)").status == .notFound)
            #expect(try await stranger.get("/combrailles/essai-convention").body.string == String(other.conventionID))
            #expect(try await stranger.get("/combrailles/essai-convention?convention=\(home)").status == .notFound)
            #expect(try await stranger.get("/pays-de-saint-eloy/essai-convention").status == .notFound)

            // The journal and the accounts page show only their own territory.
            let users = try await stranger.get("/admin/utilisateurs")
            #expect(!users.body.string.contains(localUser.email))
            let journal = try await stranger.get("/admin/journal")
            #expect(!journal.body.string.contains(localUser.email))
            #expect(try await local.get("/admin/journal").body.string.contains(localUser.email))
            let takeover = try await stranger.post("/admin/utilisateurs/\(localUser.requireID())", ["role": "lecteur"])
            #expect(takeover.status == .notFound)
            #expect(try await User.find(localUser.id, on: app.db)?.role == .coordinateur)
        }
    }

    @Test func anonymousAPIRequestsGet401InFrenchJSON() async throws {
        try await withApp(seeded: false) { app in
            app.signedIn().get("api", "v1", "essai") { _ in "secret" }
            app.signedIn().get("essai-page") { _ in "secret" }
            let api = try await Browser(app).get("/api/v1/essai")
            #expect(api.status == .unauthorized)
            #expect(api.headers.contentType == .json)
            #expect(api.body.string.contains("Veuillez vous connecter"))
            let page = try await Browser(app).get("/essai-page?x=1")
            #expect(page.status == .seeOther)
            #expect(page.headers.first(name: .location) == "/connexion?next=/essai-page%3Fx%3D1")
        }
    }

    static func action(_ code: String, _ app: Application) async throws -> PlanAction {
        try #require(try await PlanAction.query(on: app.db).filter(\.$code == code).first())
    }

    /// A second territory with its own convention, to check nothing leaks across.
    static func otherTerritory(_ app: Application) async throws -> (territoryID: Int, conventionID: Int) {
        let territory = Territory(name: "Communauté de communes de Combrailles", siren: "200000001", departement: "63", slug: "combrailles")
        try await territory.create(on: app.db)
        let convention = Convention(territoryID: try territory.requireID(), title: "CTG Combrailles", cafName: "CAF du Puy-de-Dôme",
                                    signatories: "", startYear: 2023, endYear: 2026, sourceHash: "essai", sourceName: "essai")
        try await convention.create(on: app.db)
        return (try territory.requireID(), try convention.requireID())
    }
}
