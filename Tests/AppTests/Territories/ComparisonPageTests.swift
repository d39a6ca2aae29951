@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Issue 8 §5: `/territoires` puts a CAF's territories side by side, values checked by hand.
@Suite struct ComparisonPageTests {
    @Test func aCafComparesExactlyItsDepartementsTerritories() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2023)
            let seed = try #require(try await Territory.query(on: app.db).filter(\.$slug == Seed.slug).first())
            let other = try await SecondTerritory.load(app)  // département 71
            let actes = try await Territory.create(name: "Combrailles Inventées", siren: "200000009", departement: "063", on: app.db)
            // Axe 1 of the seed: every sous-action abandoned (out of the average), then 1-1-1-A réalisé
            // and 1-1-1-B à venir: (1 + 0) / 2 at every level, so "50 %".
            let subs = try await ComparisonFixture.seedSousActions(app, axe: 1)
            for sub in subs { try await ComparisonFixture.record(sub, .abandonne, on: app) }
            try await ComparisonFixture.record(try #require(subs.first { $0.code == "1-1-1-A" }), .realise, on: app)
            try await ComparisonFixture.record(try #require(subs.first { $0.code == "1-1-1-B" }), .a_venir, on: app)
            // A status recorded as late by hand makes fiche 2-1-1 late, whatever its calendar.
            let late = try #require(try await ComparisonFixture.seedSousActions(app, axe: 2).first { $0.code == "2-1-1-A" })
            try await ComparisonFixture.record(late, .en_retard, on: app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let indicator = try await ComparisonFixture.seedIndicator(app, fiche: "1-1-1")
            #expect(try await coordinateur.post(Seed.ref.url(.indicatorMeasurements(id: try indicator.requireID())).path,
                                                ["year": "2023", "value": "17"]).status == .seeOther)

            let caf = try await CafFixture.signIn(app, departement: "63")
            let page = try await caf.get(SiteURL.territories.path)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("Les territoires du département Puy-de-Dôme (63)."))
            #expect(html.contains("href=\"/\(seed.slug)\""))
            #expect(html.contains("href=\"/\(actes.slug)\""))
            #expect(!html.contains("/\(other.slug)"))
            // The heading cell and one column per territory of département 63 (the 71 one shares the seed's name).
            #expect(html.components(separatedBy: "<th scope=\"col\">").count - 1 == 3)
            #expect(html.contains("aucune convention"))
            let axe = "Avancement de l'axe 1 de \(seed.name)".inPage + " : </span>"
            let after = try #require(html.range(of: axe)).upperBound
            #expect(html[after...].hasPrefix("50\u{202F}%"))
            #expect(html.contains("href=\"/\(seed.slug)/plan/fiches/2-1-1\""))
            #expect(html.contains("(fiche 1-1-1) : 17"))
            #expect(html.contains("<caption>"))
            #expect(html.contains("<th scope=\"row\">Axe 1</th>"))
        }
    }

    @Test func anAdminSeesEveryTerritoryOthersAreRefused() async throws {
        try await withApp { app in
            let other = try await SecondTerritory.load(app)
            let admin = try await CafFixture.signIn(app, role: .admin)
            let page = try await admin.get(SiteURL.territories.path)
            #expect(page.status == .ok)
            #expect(page.text.contains("href=\"/\(Seed.slug)\""))
            #expect(page.text.contains("href=\"/\(other.slug)\""))

            let coordinateur = try await signIn(app, as: .coordinateur)
            let refused = try await coordinateur.get(SiteURL.territories.path)
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Cette page est réservée aux comptes CAF ou administrateur."))
            #expect(try await signIn(app, as: .lecteur).get(SiteURL.territories.path).status == .forbidden)

            let anonymous = try await Browser(app).get(SiteURL.territories.path)
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers.first(name: .location)?.hasPrefix(SiteURL.signIn.path) == true)
        }
    }
}

enum ComparisonFixture {
    /// The seed territory's sous-actions of one axe (the second territory shares their codes).
    static func seedSousActions(_ app: Application, axe: Int) async throws -> [SousAction] {
        let conventionID = try await Seed.conventionID(on: app.db)
        let actions = try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID).all()
            .filter { $0.code.hasPrefix("\(axe)-") }
        return try await SousAction.query(on: app.db).filter(\.$action.$id ~~ actions.compactMap(\.id)).sort(\.$id).all()
    }

    static func seedIndicator(_ app: Application, fiche: String) async throws -> Indicator {
        let conventionID = try await Seed.conventionID(on: app.db)
        let action = try #require(try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID)
            .filter(\.$code == fiche).first())
        return try #require(try await Indicator.query(on: app.db).filter(\.$action.$id == action.requireID())
            .sort(\.$position).first())
    }

    static func record(_ sub: SousAction, _ status: SubActionStatus, on app: Application) async throws {
        try await SousActionStatusEntry(sousActionID: try sub.requireID(), year: 2023, status: status, comment: nil,
                                        recordedOn: "2023-06-01", authorID: nil).create(on: app.db)
    }
}
