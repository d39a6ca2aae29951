@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Reordering an imported plan: what refers to a fiche by its code (its address, its
/// import warnings, its Historique) follows it; what refers to rows by id (statuses) stays.
@Suite struct ImportedPlanRenumberingTests {
    @Test func movingAnObjectifRenumbersItsFichesAndTheirFollowUpFollows() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let conventionID = try #require(try await Convention.query(on: app.db).sort(\.$id).first()).requireID()
            let fiche = { (code: String) in
                try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID).filter(\.$code == code).first()
            }
            let first = try #require(try await fiche("1-1-1"))
            let objectif = try #require(try await Objectif.find(first.$objectif.id, on: app.db))
            #expect(objectif.number == 1)
            let siblingsBelow = try await Objectif.query(on: app.db).filter(\.$axe.$id == objectif.$axe.id).sort(\.$number).all()
            let next = try #require(siblingsBelow.dropFirst().first)
            let nextFicheCount = try await PlanAction.query(on: app.db).filter(\.$objectif.$id == next.requireID()).count()
            let sousAction = try #require(try await SousAction.query(on: app.db).filter(\.$action.$id == first.requireID())
                .sort(\.$position).first())
            try await SousActionStatusEntry(sousActionID: sousAction.requireID(), year: 2023, status: .en_cours, comment: "démarré",
                                            recordedOn: "2023-05-02", authorID: nil).create(on: app.db)
            try await ImportWarning(conventionID: conventionID, actionCode: "1-1-1", message: "Avertissement inventé pour le test",
                                    position: 999).create(on: app.db)

            let answer = try await coordinator.post(PlanEditorPath.move(.objectif, id: try objectif.requireID())
                .href(conventionID, app), ["direction": "descendre"])
            #expect(answer.status == .seeOther)

            let moved = try #require(try await PlanAction.find(first.requireID(), on: app.db))
            #expect(moved.code == "1-\(next.number)-1")
            #expect(try await Objectif.find(objectif.requireID(), on: app.db)?.number == next.number)
            #expect(try await PlanAction.query(on: app.db).filter(\.$objectif.$id == next.requireID()).all()
                .allSatisfy { $0.code.hasPrefix("1-1-") })
            #expect(try await PlanAction.query(on: app.db).filter(\.$objectif.$id == next.requireID()).count() == nextFicheCount)
            // The status stays on its sous-action, whose code follows the fiche.
            let movedSub = try #require(try await SousAction.find(sousAction.requireID(), on: app.db))
            if let code = sousAction.code { #expect(movedSub.code == "1-\(next.number)-1" + code.dropFirst(5)) }
            #expect(try await SousActionStatusEntry.query(on: app.db).filter(\.$sousAction.$id == sousAction.requireID()).count() == 1)
            // The warning and the address follow the fiche.
            let warning = try #require(try await ImportWarning.query(on: app.db).filter(\.$position == 999).first())
            #expect(warning.actionCode == moved.code)
            let page = try await coordinator.get(PlanEditorPath.territoryPath(.fiche(code: moved.code), conventionID, app))
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Avertissement inventé pour le test"))
            #expect(page.body.string.contains("démarré") || page.body.string.contains("En cours") || page.body.string.contains("en cours"))
            // Codes stay unique across the plan.
            let codes = try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID).all(\.$code)
            #expect(Set(codes).count == codes.count)
        }
    }
}
