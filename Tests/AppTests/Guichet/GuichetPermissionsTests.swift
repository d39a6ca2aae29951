@testable import App
import CTGCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

/// Who edits structures: the référents of the managing organisation and the coordinateur;
/// another organisation's référent is refused in French, another territory's account finds nothing.
@Suite struct GuichetPermissionsTests {
    static func form(_ name: String, organisation: Int?) -> [String: String] {
        ["name": name, "kind": "alsh", "organisation": organisation.map(String.init) ?? "", "commune": "Port-Haut",
         "address": "", "minAge": "36", "maxAge": "143", "hours": "", "places": "24", "phone": "", "email": "",
         "website": "", "description": ""]
    }

    @Test func referentsEditOnlyTheirOrganisationsStructures() async throws {
        try await withApp { app in
            let afjc = try #require(try await Organisation.query(on: app.db).filter(\.$name == "AFJC").first()?.requireID())
            let structure = try await GuichetFixture.structure(app, name: "ALSH AFJC", kind: .alsh, commune: "Port-Haut",
                                                               ages: (36, 143), organisation: "AFJC")
            let edit = Seed.path(.guichet(.editStructure(id: structure.id!)))

            let own = try await signIn(app, as: .referent, organisation: "AFJC")
            #expect(try await own.get(edit).status == .ok)
            let saved = try await own.post(edit, Self.form("ALSH AFJC renommé", organisation: afjc))
            #expect(saved.status == .seeOther)
            #expect(try await Structure.find(structure.id, on: app.db)?.name == "ALSH AFJC renommé")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .structure).count() == 1)

            let other = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
            let refused = try await other.post(edit, Self.form("Pris", organisation: afjc))
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains(GuichetAccess.notManager.inPage))
            #expect(try await Structure.find(structure.id, on: app.db)?.name == "ALSH AFJC renommé")

            // A référent cannot hand a new structure to another organisation.
            try await other.get(Seed.path(.guichet(.newStructure)))
            let handed = try await other.post(Seed.path(.guichet(.newStructure)), Self.form("Nouvelle", organisation: afjc))
            #expect(handed.status == .badRequest)
            #expect(try await Structure.query(on: app.db).filter(\.$name == "Nouvelle").count() == 0)

            let coordinateur = try await signIn(app, as: .coordinateur)
            try await coordinateur.get(Seed.path(.guichet(.newStructure)))
            let created = try await coordinateur.post(Seed.path(.guichet(.newStructure)), Self.form("Nouvelle", organisation: nil))
            #expect(created.status == .seeOther)
            #expect(try await Structure.query(on: app.db).filter(\.$name == "Nouvelle").count() == 1)
        }
    }

    @Test func anotherTerritorysCoordinateurFindsNothing() async throws {
        try await withApp { app in
            let structure = try await GuichetFixture.structure(app, name: "Crèche d'ici", kind: .eaje, commune: "Port-Haut", ages: (0, 36))
            let other = try await SecondTerritory.load(app)
            let browser = try await signIn(app, as: .coordinateur, territoryID: try other.requireID())
            let edit = try await browser.get(Seed.path(.guichet(.editStructure(id: structure.id!))))
            #expect(edit.status == .notFound)
            let post = try await browser.post(Seed.path(.guichet(.editStructure(id: structure.id!))), Self.form("Volé", organisation: nil))
            #expect(post.status == .notFound)
            // Through its own territory's address, the structure does not exist either.
            let ownAddress = TerritoryRef(slug: other.slug).path(.guichet(.editStructure(id: structure.id!)))
            #expect(try await browser.get(ownAddress).status == .notFound)
            #expect(try await Structure.find(structure.id, on: app.db)?.name == "Crèche d'ici")
        }
    }
}
