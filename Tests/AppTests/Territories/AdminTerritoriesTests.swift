@testable import App
import Fluent
import Testing
import Vapor
import VaporTesting

/// An instance admin starts a territory without a document: the territory, then its
/// first coordinateur, who can sign in. Nobody else reaches these pages.
@Suite struct AdminTerritoriesTests {
    static func signInAsAdmin(_ app: Application, email: String = "admin@instance.fr") async throws -> Browser {
        try await UserDirectory.create(.init(email: email, password: TestAccounts.password, role: .admin,
                                             territoryID: nil, organisationID: nil),
                                       by: nil, hasher: app.password.async, on: app.db)
        let browser = Browser(app)
        let answer = try await browser.signIn(email: email)
        #expect(answer.status == .seeOther)
        #expect(answer.headers.first(name: .location) == SiteURL.adminTerritories.path)
        return browser
    }

    static let valid = ["name": "Communauté de communes des Coteaux Bleus", "siren": "200 069 177",
                        "departement": "72", "slug": ""]

    @Test func anAdminCreatesATerritoryAndItsFirstCoordinateur() async throws {
        try await withApp { app in
            let admin = try await Self.signInAsAdmin(app)
            let page = try await admin.get(SiteURL.adminTerritories.path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Créer un territoire"))
            #expect(page.body.string.contains("72 — Sarthe"))

            let created = try await admin.post(SiteURL.adminTerritories.path, Self.valid)
            #expect(created.status == .seeOther)
            let territory = try #require(try await Territory.query(on: app.db).filter(\.$siren == "200069177").first())
            #expect(territory.name == "Communauté de communes des Coteaux Bleus")
            #expect(territory.slug == "coteaux-bleus")
            #expect(territory.departement == "072")
            let journal = try await AuditEntry.query(on: app.db).filter(\.$territory.$id == territory.requireID()).all()
            #expect(journal.map(\.summary) == ["Territoire créé : Communauté de communes des Coteaux Bleus (SIREN 200069177, Sarthe, adresse /coteaux-bleus)."])

            try await admin.get(SiteURL.adminTerritories.path)
            let coordinator = try await admin.post(SiteURL.adminTerritoryCoordinators(territoryID: territory.requireID()).path,
                                                   ["email": "coordination@coteaux-bleus.fr", "password": TestAccounts.password])
            #expect(coordinator.status == .seeOther)
            let user = try #require(try await User.find(email: "coordination@coteaux-bleus.fr", on: app.db))
            #expect(user.role == .coordinateur)
            #expect(user.$territory.id == territory.id)

            let newcomer = Browser(app)
            #expect(try await newcomer.signIn(email: "coordination@coteaux-bleus.fr").status == .seeOther)
            #expect(try await newcomer.get(SiteURL.adminUsers.path).body.string.contains("Coteaux Bleus"))
        }
    }

    @Test func wrongTerritoriesAreRefusedInFrenchAndNothingIsWritten() async throws {
        try await withApp { app in
            let admin = try await Self.signInAsAdmin(app)
            let before = try await Territory.query(on: app.db).count()
            let seedSlug = try #require(try await Territory.query(on: app.db).first()).slug
            let cases: [([String: String], String)] = [
                (["siren": "200069178"], "Le SIREN « 200069178 » est invalide : sa clé de contrôle (algorithme de Luhn) est fausse."),
                (["slug": seedSlug], "L&#39;adresse « \(seedSlug) » est déjà celle d&#39;un autre territoire."),
                (["slug": "admin"], "L&#39;adresse « admin » est réservée au site"),
                (["slug": "Coteaux Bleus"], "L&#39;adresse « Coteaux Bleus » n&#39;est pas valable"),
                (["departement": "20"], "Le département « 20 » n&#39;existe pas"),
            ]
            for (change, message) in cases {
                try await admin.get(SiteURL.adminTerritories.path)
                let answer = try await admin.post(SiteURL.adminTerritories.path, Self.valid.merging(change) { $1 })
                #expect(answer.status == .badRequest, "\(change)")
                #expect(answer.body.string.contains(message), "\(change): \(answer.body.string.prefix(3000))")
            }
            #expect(try await Territory.query(on: app.db).count() == before)
        }
    }

    @Test func nobodyButAnAdminReachesTheTerritoryPages() async throws {
        try await withApp { app in
            for role in [User.Role.coordinateur, .lecteur] {
                let browser = try await signIn(app, as: role)
                #expect(try await browser.get(SiteURL.adminTerritories.path).status == .forbidden)
                #expect(try await browser.post(SiteURL.adminTerritories.path, Self.valid).status == .forbidden)
            }
            let anonymous = Browser(app)
            let answer = try await anonymous.get(SiteURL.adminTerritories.path)
            #expect(answer.status == .seeOther)
            #expect(answer.headers.first(name: .location)?.hasPrefix(SiteURL.signIn.path) == true)
            #expect(try await Territory.query(on: app.db).count() == 1)
        }
    }

    @Test func theCommandLineCreatesAndListsTerritories() async throws {
        try await withApp { app in
            let territory = try await TerritoryCreateCommand.create(
                .init(name: "Commune de Belcastel-sur-Lande", siren: "200069177", departement: "2A", slug: nil), on: app.db)
            #expect(territory.slug == "belcastel-sur-lande")
            #expect(territory.kind == "commune")
            let lines = try await TerritoryListCommand.lines(on: app.db)
            #expect(lines.contains("belcastel-sur-lande\t200069177\t02A\tCommune de Belcastel-sur-Lande"))
            do {
                _ = try await TerritoryCreateCommand.create(.init(name: "Autre", siren: "200069177", departement: "63"), on: app.db)
                Issue.record("un SIREN déjà pris a été accepté")
            } catch let failure as CommandFailure {
                #expect(failure.description == "Un territoire de SIREN « 200069177 » existe déjà.")
            }
        }
    }
}
