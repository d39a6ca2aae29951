@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// From /suivi, a status changes in place with a plain form (issue 13 §4); a référent sees
/// forms only on the fiches their organisation leads, and elsewhere whose fiche it is.
@Suite struct SuiviInPlaceTests {
    private func forms(_ page: String) -> Int { page.components(separatedBy: "class=\"inline-status").count - 1 }

    @Test func theCoordinateurChangesAStatusFromTheTable() async throws {
        try await withApp { app in
            SuiviFixture.setClock(app, year: 2024)
            let coordinator = try await signIn(app, as: .coordinateur)
            let page = try await coordinator.get(Seed.path(.suivi)).body.string
            let rows = page.components(separatedBy: "<tr><td class=\"code\">").count - 1
            #expect(rows > 0)
            #expect(forms(page) == rows)
            let sub = try await SuiviFixture.sousAction("1-1-1-A", app)
            let subID = try sub.requireID()
            let answer = try await coordinator.post(Seed.path(.sousActionStatus(code: "1-1-1", sousActionID: subID)),
                                                    ["year": "2024", "status": "en_cours", "retour": "suivi"])
            #expect(answer.status == .seeOther)
            let location = try #require(answer.headers.first(name: .location))
            #expect(location.hasPrefix(Seed.path(.suivi) + "?") && location.hasSuffix("#sa-\(subID)"))
            let stored = try await SousActionStatusEntry.query(on: app.db).filter(\.$sousAction.$id == subID).all()
            #expect(stored.map(\.status) == [.en_cours])
            let back = String(location.prefix { $0 != "#" })
            #expect(try await coordinator.get(back).body.string.contains("Statut enregistré."))
        }
    }

    @Test func aLecteurSeesNoForm() async throws {
        try await withApp { app in
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(forms(try await lecteur.get(Seed.path(.suivi)).body.string) == 0)
        }
    }

    @Test func aReferentChangesOnlyTheirFichesAndIsToldWhoseTheOthersAre() async throws {
        try await withApp { app in
            let afjc = try #require(try await Organisation.query(on: app.db).filter(\.$name == "AFJC").first()).requireID()
            let conventionID = try await Seed.conventionID(on: app.db)
            let actions = try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID).with(\.$organisations).all()
            let led = actions.filter { $0.organisations.contains { $0.role == .lead && $0.$organisation.id == afjc } }
            let other = try #require(actions.first { a in !led.contains { $0.id == a.id } && a.organisations.contains { $0.role == .lead } })
            #expect(!led.isEmpty)
            let ledSubs = try await SousAction.query(on: app.db).filter(\.$action.$id ~~ led.map { try $0.requireID() }).count()

            let referent = try await signIn(app, as: .referent, organisation: "AFJC")
            #expect(forms(try await referent.get(Seed.path(.suivi)).body.string) == ledSubs)
            let fiche = try await referent.get(Seed.path(.fiche(code: other.code))).body.string
            let lead = try #require(other.organisations.first { $0.role == .lead }).label
            #expect(fiche.contains("Cette fiche relève de"))
            #expect(fiche.contains(lead.inPage))
        }
    }
}
