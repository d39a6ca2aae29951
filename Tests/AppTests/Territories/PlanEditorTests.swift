@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// A territory started without a document: its coordinateur builds a two-axe plan
/// through the editor's forms, reorders it, and deletes only what carries no follow-up.
@Suite struct PlanEditorTests {
    @Test func aNewTerritorysCoordinateurBuildsAndReordersATwoAxePlan() async throws {
        try await withApp { app in
            let (coordinator, territory) = try await PlanEditorFixture.newTerritory(app)
            let home = try await coordinator.get(TerritoryRef(slug: territory.slug).path(.planEditor(.home)))
            #expect(home.status == .ok)
            #expect(home.body.string.contains("value=\"CAF de la Sarthe\""), "the CAF is proposed from the département")

            let created = try await coordinator.post(TerritoryRef(slug: territory.slug).path(.planEditor(.conventions)), [
                "title": "CTG des Coteaux Bleus 2024-2027", "cafName": "CAF de la Sarthe", "startYear": "2024", "endYear": "2027"])
            #expect(created.status == .seeOther)
            let convention = try #require(try await Convention.query(on: app.db).filter(\.$territory.$id == territory.requireID()).first())
            #expect(convention.cafName == "CAF de la Sarthe")
            #expect(convention.years == [2024, 2025, 2026, 2027])
            let editor = PlanEditorFixture(browser: coordinator, conventionID: try convention.requireID(), app: app)

            try await editor.post(.axes, ["title": "Petite enfance"])
            try await editor.post(.axes, ["title": "Jeunesse"])
            let axes = try await Axe.query(on: app.db).filter(\.$convention.$id == editor.conventionID).sort(\.$number).all()
            #expect(axes.map(\.number) == [1, 2])
            try await editor.post(.children(.axe, id: axes[0].requireID()), ["title": "Accueillir les tout-petits"])
            try await editor.post(.children(.axe, id: axes[1].requireID()), ["title": "Informer les 11-17 ans"])
            let objectif = try #require(try await Objectif.query(on: app.db).filter(\.$axe.$id == axes[0].requireID()).first())
            try await editor.post(.children(.objectif, id: objectif.requireID()), ["title": "Ouvrir un relais petite enfance"])
            try await editor.post(.children(.objectif, id: objectif.requireID()), ["title": "Former les assistantes maternelles"])
            #expect(try await editor.codes() == ["1-1-1", "1-1-2"])

            let saved = try await editor.post(.fiche(code: "1-1-1"), [
                "title": "Ouvrir un relais petite enfance", "diagnostic": "Aucun relais sur le territoire.",
                "audience": "Parents et assistantes maternelles", "leads": "Commune de Vaubrun\n",
                "partners": "PMI\nCAF de la Sarthe", "indicators": "Nombre de familles reçues\nNombre d'ateliers",
                "results": "Un relais ouvert en 2025"])
            #expect(saved.status == .seeOther)
            try await editor.post(.sousActions(ficheCode: "1-1-1"), ["title": "Recruter une animatrice", "years": "2024, 2025",
                                                                    "staff": "0,5 ETP", "funders": "CAF de la Sarthe\nCommune de Vaubrun"])
            try await editor.post(.sousActions(ficheCode: "1-1-1"), ["title": "Aménager le local", "years": "2025"])
            let fiche = try #require(try await PlanAction.query(on: app.db).filter(\.$code == "1-1-1")
                .filter(\.$convention.$id == editor.conventionID).first())
            let fields = try await FicheFields.read(fiche, on: app.db)
            #expect(fields.diagnostic == "Aucun relais sur le territoire.")
            #expect(fields.leads == ["Commune de Vaubrun"])
            #expect(fields.partners == ["PMI", "CAF de la Sarthe"])
            #expect(fields.indicators == ["Nombre de familles reçues", "Nombre d'ateliers"])
            #expect(fields.results == ["Un relais ouvert en 2025"])
            let rows = try await SousAction.query(on: app.db).filter(\.$action.$id == fiche.requireID()).sort(\.$position).all()
            #expect(rows.map(\.code) == ["1-1-1-A", "1-1-1-B"])
            #expect(rows[0].years == [2024, 2025])
            #expect(rows[0].staff == "0,5 ETP")

            // The second fiche moves up: both fiches and their sous-actions take their new codes.
            let second = try #require(try await PlanAction.query(on: app.db).filter(\.$code == "1-1-2")
                .filter(\.$convention.$id == editor.conventionID).first())
            try await editor.post(.move(.fiche, id: second.requireID()), ["direction": "monter"])
            #expect(try await PlanAction.find(second.requireID(), on: app.db)?.code == "1-1-1")
            #expect(try await PlanAction.find(fiche.requireID(), on: app.db)?.code == "1-1-2")
            #expect(try await SousAction.query(on: app.db).filter(\.$action.$id == fiche.requireID()).sort(\.$position).all()
                .map(\.code) == ["1-1-2-A", "1-1-2-B"])
            // The fiche's history follows it to its new code.
            let history = try await Audit.history(actionCode: "1-1-2", conventionID: editor.conventionID, on: app.db)
            #expect(history.contains { $0.summary == "Sous-action 1-1-1-A ajoutée : « Recruter une animatrice »." })

            // Axe 2 moves up: "Jeunesse" becomes axe 1, and the fiches of "Petite enfance" become 2-1-x.
            try await editor.post(.move(.axe, id: axes[1].requireID()), ["direction": "monter"])
            #expect(try await Axe.find(axes[1].requireID(), on: app.db)?.number == 1)
            #expect(try await editor.codes() == ["2-1-1", "2-1-2"])
            let moved = try await editor.post(.move(.axe, id: axes[1].requireID()), ["direction": "monter"])
            #expect(moved.status == .badRequest)
            #expect(moved.body.string.contains("déjà au bout de la liste"))

            // A sous-action moves down: places and letters swap.
            try await editor.post(.move(.sousAction, id: rows[0].requireID()), ["direction": "descendre"])
            #expect(try await SousAction.find(rows[0].requireID(), on: app.db)?.code == "2-1-2-B")
            #expect(try await SousAction.find(rows[1].requireID(), on: app.db)?.code == "2-1-2-A")

            let page = try await coordinator.get(PlanEditorPath.fiche(code: "2-1-2").href(editor.conventionID, app))
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Aménager le local"))
            let journal = try await AuditEntry.query(on: app.db).filter(\.$convention.$id == editor.conventionID).all().map(\.summary)
            #expect(journal.contains("Axe 2 ajouté : « Jeunesse »."))
            #expect(journal.contains("Fiche-action 1-1-2 déplacée : elle devient 1-1-1 (1-1-1 devient 1-1-2)."))
        }
    }

    @Test func aSousActionIsDeletedAfterConfirmationButNeverWithItsFollowUp() async throws {
        try await withApp { app in
            let editor = try await PlanEditorFixture.withConvention(app)
            let axe = try await PlanEditor.addAxe(title: "Parentalité", in: editor.scope(), on: app.db)
            let objectif = try await PlanEditor.addObjectif(axeID: axe.requireID(), title: "Soutenir les parents", in: editor.scope(), on: app.db)
            let fiche = try await PlanEditor.addFiche(objectifID: objectif.requireID(),
                                                      fields: .init(title: "Café des parents", leads: [], partners: [], indicators: [], results: []),
                                                      in: editor.scope(), on: app.db)
            let empty = try await PlanEditor.addSousAction(actionID: fiche.requireID(), fields: .init(title: "Lieu", years: [], funders: []),
                                                           in: editor.scope(), on: app.db)
            let followed = try await PlanEditor.addSousAction(actionID: fiche.requireID(), fields: .init(title: "Animation", years: [2025], funders: []),
                                                              in: editor.scope(), on: app.db)
            try await SousActionStatusEntry(sousActionID: followed.requireID(), year: 2025, status: .en_cours, comment: nil,
                                            recordedOn: "2025-03-01", authorID: nil).create(on: app.db)

            let deletion = PlanEditorPath.deletion(.sousAction, id: try empty.requireID())
            let confirm = try await editor.browser.get(deletion.href(editor.conventionID, app))
            #expect(confirm.status == .ok)
            #expect(confirm.body.string.contains("Supprimer la sous-action 1-1-1-A ?"))
            // A bare POST (no confirmation) deletes nothing.
            try await editor.post(deletion, [:])
            #expect(try await SousAction.find(empty.requireID(), on: app.db) != nil)
            let done = try await editor.post(deletion, ["confirm": "1"])
            #expect(done.status == .seeOther)
            #expect(try await SousAction.find(empty.requireID(), on: app.db) == nil)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .sousAction)
                .filter(\.$entityID == empty.requireID()).sort(\.$id, .descending).first())
            #expect(entry.summary == "La sous-action 1-1-1-A supprimée du plan (restaurable depuis le journal).")
            #expect(entry.actionCode == "1-1-1")

            let refusedPage = try await editor.browser.get(PlanEditorPath.deletion(.sousAction, id: try followed.requireID())
                .href(editor.conventionID, app))
            #expect(refusedPage.status == .ok)
            #expect(!refusedPage.body.string.contains("Confirmer la suppression"))
            #expect(refusedPage.body.string.contains("La sous-action 1-1-1-B ne peut pas être supprimée : son suivi compte 1 statut."))
            let refused = try await editor.post(.deletion(.sousAction, id: try followed.requireID()), ["confirm": "1"])
            #expect(refused.status == .conflict)
            #expect(try await SousAction.find(followed.requireID(), on: app.db) != nil)
            // Nor can the fiche, the objectif or the axe above it go.
            let axeRefused = try await editor.post(.deletion(.axe, id: try axe.requireID()), ["confirm": "1"])
            #expect(axeRefused.status == .conflict)
            #expect(axeRefused.body.string.contains("L&#39;axe 1 ne peut pas être supprimé : son suivi compte 1 statut."))
            // A new sous-action takes the next letter; the deleted A is not reused while B exists.
            let next = try await PlanEditor.addSousAction(actionID: fiche.requireID(), fields: .init(title: "Bilan", years: [], funders: []),
                                                          in: editor.scope(), on: app.db)
            #expect(next.code == "1-1-1-C")

            // « Restaurer » in the journal brings the sous-action back with its code.
            try await editor.browser.get(SiteURL.adminJournal.path)
            let restore = try await editor.browser.post(SiteURL.adminJournalRestore(entryID: try entry.requireID()).path)
            #expect(restore.status == .seeOther)
            let back = try #require(try await SousAction.query(on: app.db).filter(\.$action.$id == fiche.requireID())
                .filter(\.$code == "1-1-1-A").first())
            #expect(back.title == "Lieu")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$summary == "La sous-action 1-1-1-A restaurée depuis le journal.").count() == 1)
        }
    }
}

extension PlanEditorTests {
    /// A deleted fiche comes back with its sous-actions and fields; not when its code was taken meanwhile.
    @Test func aDeletedFicheIsRestoredWholeUnlessItsPlaceIsTaken() async throws {
        try await withApp { app in
            let editor = try await PlanEditorFixture.withConvention(app)
            let axe = try await PlanEditor.addAxe(title: "Accès aux droits", in: editor.scope(), on: app.db)
            let objectif = try await PlanEditor.addObjectif(axeID: axe.requireID(), title: "Informer", in: editor.scope(), on: app.db)
            let fields = FicheFields(title: "Permanences", diagnostic: "Peu de permanences.", leads: ["Mairie de Vaubrun"],
                                     partners: [], indicators: ["Nombre de permanences"], results: ["Une permanence par mois"])
            let fiche = try await PlanEditor.addFiche(objectifID: objectif.requireID(), fields: fields, in: editor.scope(), on: app.db)
            _ = try await PlanEditor.addSousAction(actionID: fiche.requireID(), fields: .init(title: "Local", years: [2025], funders: ["CAF"]),
                                                   in: editor.scope(), on: app.db)
            #expect(try await editor.post(.deletion(.fiche, id: try fiche.requireID()), ["confirm": "1"]).status == .seeOther)
            #expect(try await PlanAction.find(fiche.requireID(), on: app.db) == nil)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .action)
                .filter(\.$entityID == fiche.requireID()).sort(\.$id, .descending).first())

            // The place is taken: a new fiche got 1-1-1.
            let squatter = try await PlanEditor.addFiche(objectifID: objectif.requireID(),
                                                         fields: .init(title: "Autre", leads: [], partners: [], indicators: [], results: []),
                                                         in: editor.scope(), on: app.db)
            #expect(squatter.code == "1-1-1")
            try await editor.browser.get(SiteURL.adminJournal.path)
            let refused = try await editor.browser.post(SiteURL.adminJournalRestore(entryID: try entry.requireID()).path)
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("La fiche-action 1-1-1 ne peut pas être restaurée : sa place dans le plan a été prise"))
            #expect(try await PlanAction.query(on: app.db).filter(\.$convention.$id == editor.conventionID).all().map(\.title) == ["Autre"])

            try await PlanEditorDelete.delete(.fiche, id: squatter.requireID(), in: editor.scope(), on: app.db)
            try await editor.browser.get(SiteURL.adminJournal.path)
            #expect(try await editor.browser.post(SiteURL.adminJournalRestore(entryID: try entry.requireID()).path).status == .seeOther)
            let back = try #require(try await PlanAction.query(on: app.db).filter(\.$convention.$id == editor.conventionID).first())
            #expect(back.code == "1-1-1")
            #expect(try await FicheFields.read(back, on: app.db) == fields)
            let sousActions = try await SousAction.query(on: app.db).filter(\.$action.$id == back.requireID()).with(\.$funders).all()
            #expect(sousActions.map(\.code) == ["1-1-1-A"])
            #expect(sousActions.first?.funders.map(\.label) == ["CAF"])
        }
    }
}
