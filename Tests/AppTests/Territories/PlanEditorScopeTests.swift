@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// The editor is the coordinateur's, of their own territory only; it edits an imported
/// plan like a typed one, and two people adding under one parent never share a code.
@Suite struct PlanEditorScopeTests {
    @Test func aCoordinateurCannotEditAnotherTerritorysPlan() async throws {
        try await withApp { app in
            let other = try await PlanEditorFixture.withConvention(app)
            let axe = try await PlanEditor.addAxe(title: "Handicap", in: other.scope(), on: app.db)
            let seedCoordinator = try await signIn(app, as: .coordinateur)
            let seedConvention = try #require(try await Convention.query(on: app.db).sort(\.$id).first()).requireID()
            let rename = PlanEditorPath.item(.axe, id: try axe.requireID())
            for conventionID in [other.conventionID, seedConvention] {
                let answer = try await seedCoordinator.post(rename.href(conventionID, app), ["title": "Détourné"])
                #expect(answer.status == .notFound, "convention \(conventionID)")
                let deletion = try await seedCoordinator.post(PlanEditorPath.deletion(.axe, id: try axe.requireID())
                    .href(conventionID, app), ["confirm": "1"])
                #expect(deletion.status == .notFound)
            }
            #expect(try await seedCoordinator.get(PlanEditorPath.home.href(other.conventionID, app)).status == .notFound)
            #expect(try await Axe.find(axe.requireID(), on: app.db)?.title == "Handicap")

            for browser in [try await signIn(app, as: .lecteur), try await signIn(app, as: .referent, organisation: "AFJC")] {
                #expect(try await browser.get(PlanEditorPath.home.href(seedConvention, app)).status == .forbidden)
                #expect(try await browser.get(PlanEditorPath.fiche(code: "1-1-1").href(seedConvention, app)).status == .forbidden)
            }
        }
    }

    @Test func anImportedPlansWarningsStayUntilDealtWith() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let conventionID = try #require(try await Convention.query(on: app.db).sort(\.$id).first()).requireID()
            let warning = try #require(try await ImportWarning.query(on: app.db).filter(\.$convention.$id == conventionID)
                .filter(\.$actionCode != nil).sort(\.$id).first())
            let code = try #require(warning.actionCode)
            let page = try await coordinator.get(PlanEditorPath.home.href(conventionID, app))
            #expect(page.body.string.contains("Avertissements de l'import à traiter"))
            let fiche = try await coordinator.get(PlanEditorPath.territoryPath(.fiche(code: code), conventionID, app))
            let shown = fiche.body.string.components(separatedBy: "class=\"warning-resolve\"").count

            let answer = try await coordinator.post(PlanEditorPath.warning(id: try warning.requireID()).href(conventionID, app))
            #expect(answer.status == .seeOther)
            let stored = try #require(try await ImportWarning.find(warning.requireID(), on: app.db))
            #expect(stored.resolvedAt != nil)
            let tree = try await PlanTree.load(conventionID: conventionID, on: app.db)
            #expect(!tree.warnings.contains { $0.id == warning.id })
            let after = try await coordinator.get(PlanEditorPath.territoryPath(.fiche(code: code), conventionID, app))
            #expect(after.body.string.components(separatedBy: "class=\"warning-resolve\"").count == shown - 1)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .importWarning).first())
            #expect(entry.summary == "Avertissement d'import traité : « \(warning.message) »")
            #expect(entry.actionCode == code)

            // The imported fiche is edited through the same form; its follow-up stays.
            let fiche111 = try #require(try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID)
                .filter(\.$code == "1-1-1").first())
            var fields = try await FicheFields.read(fiche111, on: app.db)
            fields.audience = "Familles du territoire (précisé)"
            let saved = try await coordinator.post(PlanEditorPath.fiche(code: "1-1-1").href(conventionID, app), [
                "title": fields.title, "diagnostic": fields.diagnostic ?? "", "audience": fields.audience ?? "",
                "leads": fields.leads.joined(separator: "\n"), "partners": fields.partners.joined(separator: "\n"),
                "indicators": fields.indicators.joined(separator: "\n"), "results": fields.results.joined(separator: "\n")])
            #expect(saved.status == .seeOther)
            #expect(try await PlanAction.find(fiche111.requireID(), on: app.db)?.audience == "Familles du territoire (précisé)")
            let leads = try await ActionOrganisation.query(on: app.db).filter(\.$action.$id == fiche111.requireID())
                .filter(\.$role == .lead).all()
            #expect(leads.allSatisfy { $0.$organisation.id != nil }, "the responsables keep their organisations")
            let history = try await Audit.history(actionCode: "1-1-1", conventionID: conventionID, on: app.db)
            #expect(history.first?.field == "Public ciblé")

            // An indicator with a target cannot leave the list; nothing of the form is saved then.
            let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$action.$id == fiche111.requireID())
                .sort(\.$position).first())
            try await IndicatorTarget(indicatorID: indicator.requireID(), year: 2024, value: 12).create(on: app.db)
            let refused = try await coordinator.post(PlanEditorPath.fiche(code: "1-1-1").href(conventionID, app), [
                "title": "Titre changé", "indicators": fields.indicators.dropFirst().joined(separator: "\n")])
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("a des mesures, des cibles ou des réglages : il ne peut pas être retiré de la liste."))
            #expect(try await Indicator.find(indicator.requireID(), on: app.db) != nil)
            #expect(try await PlanAction.find(fiche111.requireID(), on: app.db)?.title == fields.title)
        }
    }

    /// Five sous-actions and five fiches added at the same moment under one parent:
    /// every one is created, each with its own code (both engines run this test).
    @Test func concurrentCreationsUnderOneParentGetDistinctCodes() async throws {
        try await withApp { app in
            let coordinator = try await signIn(app, as: .coordinateur)
            let conventionID = try #require(try await Convention.query(on: app.db).sort(\.$id).first()).requireID()
            let fiche = try #require(try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID)
                .filter(\.$code == "1-1-1").first())
            let before = try await SousAction.query(on: app.db).filter(\.$action.$id == fiche.requireID()).count()
            let forms = (1...5).map { ["title": "Sous-action simultanée \($0)", "years": "", "form_token": UUID().uuidString] }
            let answers = try await coordinator.postAllAtOnce(
                PlanEditorPath.sousActions(ficheCode: "1-1-1").href(conventionID, app), forms)
            #expect(answers.serverErrors == [])
            #expect(answers.count(.seeOther) == 5)
            let codes = try await SousAction.query(on: app.db).filter(\.$action.$id == fiche.requireID()).all().compactMap(\.code)
            #expect(Set(codes).count == codes.count, "\(codes.sorted())")
            #expect(try await SousAction.query(on: app.db).filter(\.$action.$id == fiche.requireID()).count() == before + 5)

            let objectifID = fiche.$objectif.id
            let ficheForms = (1...5).map { ["title": "Fiche simultanée \($0)", "form_token": UUID().uuidString] }
            let ficheAnswers = try await coordinator.postAllAtOnce(
                PlanEditorPath.children(.objectif, id: objectifID).href(conventionID, app), ficheForms)
            #expect(ficheAnswers.serverErrors == [])
            #expect(ficheAnswers.count(.seeOther) == 5)
            let ficheCodes = try await PlanAction.query(on: app.db).filter(\.$objectif.$id == objectifID).all(\.$code)
            #expect(Set(ficheCodes).count == ficheCodes.count)
            #expect(ficheCodes.filter { $0.hasPrefix("1-1-") }.count == ficheCodes.count)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$convention.$id == conventionID)
                .filter(\.$summary ~~ "simultanée").count() == 10)
        }
    }
}
