@testable import App
import CTGCore
import Fluent
import Testing
import Vapor
import VaporTesting

/// Merging two organisations: links move, the name stays as an alias that the next import
/// applies, the journal keeps it and can undo it; the page asks before merging.
@Suite struct OrganisationMergeTests {
    static func organisation(_ name: String, _ app: Application) async throws -> Organisation {
        try #require(try await Organisation.query(on: app.db).filter(\.$name == name).first(), "\(name)")
    }

    @Test func aMergeMovesEveryLinkAndTheNextImportAppliesTheAlias() async throws {
        try await withApp { app in
            let (territory, convention, _) = try await OrganisationImportTests.importFixture("loir-luce-berce-sarthe", app)
            let territoryID = try territory.requireID()
            let from = try await Self.organisation("EVS Le Fil", app), into = try await Self.organisation("Espace de vie sociale Le Fil", app)
            let referent = try await TestAccounts.create(app, role: .referent, organisation: "EVS Le Fil", territoryID: territoryID)

            let outcome = try await OrganisationMerge.merge(fromID: try from.requireID(), intoID: try into.requireID(),
                                                            territoryID: territoryID, by: nil, on: app.db)
            #expect(outcome.mentions == 1 && outcome.referents == 1)
            #expect(try await Organisation.find(from.requireID(), on: app.db) == nil)
            let survivor = try await Self.organisation("Espace de vie sociale Le Fil", app)
            #expect(survivor.aliases == ["EVS Le Fil"])
            #expect(try await User.find(referent.requireID(), on: app.db)?.organisationID == survivor.id)
            let mentions = try await ActionOrganisation.query(on: app.db).filter(\.$organisation.$id == survivor.requireID()).all()
            #expect(Set(mentions.map(\.label)) == ["EVS Le Fil", "Espace de vie sociale Le Fil"])
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .organisation).first())
            #expect(entry.summary.contains("« EVS Le Fil » fusionné dans « Espace de vie sociale Le Fil »"))

            // A corrected document: "EVS Le Fil" now finds the survivor, no new row.
            let text = try String(contentsOfFile: OrganisationImportTests.fixture("loir-luce-berce-sarthe"), encoding: .utf8)
                .replacingOccurrences(of: "Aucune place d'accueil collectif", with: "Toujours aucune place d'accueil collectif")
            _ = try await PlanImporter.run(try DocumentSource.parse(data: Data(text.utf8)), sourceName: "v2.txt", on: app.db)
            #expect(try await Organisation.query(on: app.db).filter(\.$name == "EVS Le Fil").count() == 0)
            let relinked = try await ActionOrganisation.query(on: app.db).join(PlanAction.self, on: \ActionOrganisation.$action.$id == \PlanAction.$id)
                .filter(PlanAction.self, \.$convention.$id == convention.requireID()).filter(\.$label == "EVS Le Fil").all()
            #expect(relinked.count == 1 && relinked.allSatisfy { $0.$organisation.id == survivor.id })
        }
    }

    @Test func theJournalUndoesAMerge() async throws {
        try await withApp { app in
            let from = try await Self.organisation("Réseau 63 des RPE", app)
            let into = try await Self.organisation("Réseau départemental des Relais PE", app)
            let territoryID = from.$territory.id
            _ = try await OrganisationMerge.merge(fromID: try from.requireID(), intoID: try into.requireID(),
                                                  territoryID: territoryID, by: nil, on: app.db)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let entry = try #require(try await AuditEntry.query(on: app.db).filter(\.$entity == .organisation).first())
            let answer = try await coordinateur.post(SiteURL.adminJournalRestore(entryID: try entry.requireID()).path)
            #expect(answer.status == .seeOther)
            let back = try await Self.organisation("Réseau 63 des RPE", app)
            #expect(try await ActionOrganisation.query(on: app.db).filter(\.$organisation.$id == back.requireID()).count() == 1)
            #expect(try await Self.organisation("Réseau départemental des Relais PE", app).aliases.isEmpty)
        }
    }

    @Test func thePageListsAndAsksBeforeMerging() async throws {
        try await withApp { app in
            #expect(try await signIn(app, as: .lecteur).get(Seed.path(.organisations)).status == .forbidden)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let page = try await coordinateur.get(Seed.path(.organisations))
            #expect(page.status == .ok)
            #expect(page.text.contains("Communauté de communes du Pays de Saint-Eloy"))
            #expect(page.text.contains("CCPSE"))
            #expect(page.text.contains("Intercommunalité"))
            let from = try await Self.organisation("Réseau 63 des RPE", app), into = try await Self.organisation("Réseau départemental des Relais PE", app)
            let form = ["from": String(try from.requireID()), "into": String(try into.requireID())]
            let ask = try await coordinateur.post(Seed.path(.organisationMerge), form)
            #expect(ask.status == .ok)
            #expect(ask.text.contains("Confirmer la fusion"))
            #expect(try await Organisation.find(from.requireID(), on: app.db) != nil)
            let same = try await coordinateur.post(Seed.path(.organisationMerge), ["from": form["from"]!, "into": form["from"]!])
            #expect(same.status == .unprocessableEntity)
            #expect(same.text.contains("Choisissez deux organisations différentes."))
            var confirmed = form
            confirmed["confirm"] = "1"
            let done = try await coordinateur.post(Seed.path(.organisationMerge), confirmed)
            #expect(done.status == .seeOther)
            #expect(try await Organisation.find(from.requireID(), on: app.db) == nil)
            #expect(try await coordinateur.get(Seed.path(.organisations) + "?fusion=ok").text.contains("Fusion enregistrée"))

            // Another territory's coordinateur sees nothing of this one's bodies.
            let (sarthe, _, _) = try await OrganisationImportTests.importFixture("loir-luce-berce-sarthe", app)
            let stranger = try await signIn(app, as: .coordinateur, territoryID: try sarthe.requireID())
            let foreign = try await stranger.get(Seed.path(.organisations))
            #expect(foreign.status != .ok && !foreign.text.contains("CCPSE"))
            let own = try await stranger.get(TerritoryRef(slug: sarthe.slug).path(.organisations))
            #expect(own.status == .ok && own.text.contains("CCLLB") && !own.text.contains("CCPSE"))
        }
    }

    @Test func twoSimultaneousMergesOfOneBodyWriteOnce() async throws {
        try await withApp { app in
            let from = try await Self.organisation("Réseau 63 des RPE", app), into = try await Self.organisation("Réseau départemental des Relais PE", app)
            let other = try await Self.organisation("RPE", app)
            let coordinateur = try await signIn(app, as: .coordinateur)
            let answers = try await coordinateur.postAllAtOnce(Seed.path(.organisationMerge), [
                ["from": String(try from.requireID()), "into": String(try into.requireID()), "confirm": "1"],
                ["from": String(try from.requireID()), "into": String(try other.requireID()), "confirm": "1"]])
            #expect(answers.filter { $0.status == .seeOther }.count == 1)
            #expect(answers.filter { $0.status != .seeOther }.allSatisfy { $0.status == .notFound || $0.status == .unprocessableEntity })
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .organisation).count() == 1)
            let holders = [try await Organisation.find(into.requireID(), on: app.db), try await Organisation.find(other.requireID(), on: app.db)]
            #expect(holders.compactMap { $0 }.filter { $0.aliases.contains("Réseau 63 des RPE") }.count == 1)
        }
    }
}
