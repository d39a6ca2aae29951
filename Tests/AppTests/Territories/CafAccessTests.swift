@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 8 §5: a `caf` account reads every territory of its département like a lecteur,
/// writes nothing, and finds the territories of other départements "not found".
@Suite struct CafAccessTests {
    @Test func readsItsDepartementsTerritoriesAndWritesNothing() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)  // département 71
            try await SuiviFixture.record("1-1-1-A", year: 2023, .en_cours, on: app, comment: "commentaire-interne-du-suivi")
            let caf = try await CafFixture.signIn(app, departement: "63")

            let suivi = try await caf.get(Seed.path(.suivi))
            #expect(suivi.status == .ok)
            #expect(suivi.text.contains("Comparer les territoires"))
            let fiche = try await caf.get(Seed.path(.fiche(code: "1-1-1")))
            #expect(fiche.status == .ok)
            // Comments are for readers of the territory, not for the public.
            #expect(fiche.text.contains("commentaire-interne-du-suivi"))
            #expect(!(try await Browser(app).get(Seed.path(.fiche(code: "1-1-1")))).text.contains("commentaire-interne-du-suivi"))
            #expect(try await caf.get(Seed.path(.indicators)).status == .ok)
            for page in [TerritoryPage.gantt, .financeurs, .bilanIndex] {
                // The bilan's index sends to a year's page (303).
                #expect([.ok, .seeOther].contains(try await caf.get(Seed.path(page)).status), "\(Seed.path(page))")
                // The menu carries the territory's read pages, as it does for its lecteur.
                #expect(suivi.text.contains("href=\"\(Seed.path(page))\""))
            }

            let before = try await SuiviFixture.entries("1-1-1-A", app).count
            let write = try await caf.post(try await SuiviFixture.statusPath("1-1-1-A", app),
                                           ["year": "2023", "status": "realise", "comment": "tentative"])
            #expect(write.status == .forbidden)
            #expect(write.text.contains(AccessDenied.readOnly.inPage))
            #expect(try await SuiviFixture.entries("1-1-1-A", app).count == before)
            // Coordinateur-only pages stay refused.
            #expect(try await caf.get(SiteURL.adminUsers.path).status == .forbidden)

            let foreign = TerritoryRef(slug: other.slug)
            #expect(try await caf.get(foreign.path(.suivi)).status == .notFound)
            #expect(try await caf.get(foreign.path(.indicators)).status == .notFound)
            // Only its public pages, without the follow-up comments of that territory.
            #expect(try await caf.get(foreign.path(.home)).status == .ok)
        }
    }

    @Test func aDepartementWrittenAsActesDoesStillMatch() async throws {
        try await withApp { app in
            // ACTES writes "063": the territory is still of the account's département "63".
            let actes = try await Territory.create(name: "Combrailles Inventées", siren: "200000009", departement: "063", on: app.db)
            let corsica = try await Territory.create(name: "Maquis Imaginaire", siren: "200000017", departement: "2A", on: app.db)
            let caf = try await CafFixture.user(app, departement: "63")
            #expect(AccessPolicy.reads(caf, actes))
            #expect(!AccessPolicy.reads(caf, corsica))
            let corse = try await CafFixture.user(app, departement: "02a")
            #expect(corse.departement == "2A")
            #expect(AccessPolicy.reads(corse, corsica))
            #expect(!AccessPolicy.reads(corse, actes))
            // A deactivated account reads nothing.
            caf.isActive = false
            #expect(!AccessPolicy.reads(caf, actes))
        }
    }

    @Test func anAdminKeepsBeingRefusedTerritoryPages() async throws {
        try await withApp { app in
            let admin = try await CafFixture.signIn(app, role: .admin)
            #expect(try await admin.get(Seed.path(.suivi)).status == .notFound)
        }
    }
}

enum CafFixture {
    static func user(_ app: Application, role: User.Role = .caf, departement: String? = nil) async throws -> User {
        try await UserDirectory.create(
            .init(email: "\(role.rawValue).\(UUID().uuidString.prefix(6))@exemple.fr", password: TestAccounts.password,
                  role: role, territoryID: nil, organisationID: nil, departement: departement),
            by: nil, hasher: app.password.async, on: app.db)
    }

    static func signIn(_ app: Application, role: User.Role = .caf, departement: String? = nil) async throws -> Browser {
        let user = try await user(app, role: role, departement: departement)
        let browser = Browser(app)
        let response = try await browser.signIn(email: user.email)
        precondition(response.status == .seeOther, "la connexion de test a échoué : \(response.status)")
        return browser
    }
}
