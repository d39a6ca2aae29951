@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// A structure manager sets the agrément, imports a month of attendance and reads the rates;
/// bad input is refused by line with nothing written; only the structure's managers edit.
@Suite struct OccupancyPageTests {
    /// March 2024 has 21 weekdays; 2 places from 08:00 to 18:00 give 21 × 600 × 2 = 25 200 place-minutes.
    static let agrement = "lundi-vendredi 08:00-18:00 2"
    /// 600 + 300 minutes present (900 / 25 200 = 3,571… %), 12 + 6 hours billed (1 080 / 25 200 = 4,285… %).
    static let march = "date;enfant;arrivee;depart;heures_facturees\n04/03/2024;E1;08:00;18:00;12\n05/03/2024;E1;08:00;13:00;6\n"

    @Test func managerImportsAMonthAndSeesTheRates() async throws {
        try await withApp { app in
            let structure = try await OccupancyFixture.structure(app)
            let id = try structure.requireID()
            let browser = try await signIn(app, as: .coordinateur)
            #expect(try await browser.post(OccupancyFixture.path(.agrement(structureID: id)), ["agrement": Self.agrement]).status == .seeOther)
            #expect(try await browser.post(OccupancyFixture.path(.attendance(structureID: id)), ["csv": Self.march]).status == .seeOther)
            let page = try await browser.get(OccupancyFixture.path(.structure(id: id)) + "?annee=2024")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("3,6\u{202F}%"))
            #expect(page.body.string.contains("4,3\u{202F}%"))
            #expect(page.body.string.contains("<svg"))
            let rows = try await OccupancyMonthRow.query(on: app.db).filter(\.$structure.$id == id).sort(\.$weekday).all()
            #expect(rows.map(\.weekday) == [1, 2])
            #expect(rows.map(\.realisedMinutes) == [600, 300])
            #expect(rows.map(\.billedMinutes) == [720, 360])
            // The same file again replaces those days instead of counting them twice.
            #expect(try await browser.post(OccupancyFixture.path(.attendance(structureID: id)), ["csv": Self.march]).status == .seeOther)
            #expect(try await OccupancyFixture.attendanceCount(app) == 2)
            let home = try await browser.get(OccupancyFixture.path(.home) + "?annee=2024&seuil=50")
            #expect(home.body.string.contains("Structures sous le seuil de 50\u{202F}%"))
            #expect(home.body.string.contains("Micro-crèche Essai</a> : 3,6\u{202F}%"))
            let journal = try await AuditEntry.query(on: app.db).filter(\.$entity == .occupancy).count()
            #expect(journal == 3)
        }
    }

    @Test func aBadLineImportsNothing() async throws {
        try await withApp { app in
            let structure = try await OccupancyFixture.structure(app)
            let id = try structure.requireID()
            let browser = try await signIn(app, as: .coordinateur)
            try await browser.post(OccupancyFixture.path(.agrement(structureID: id)), ["agrement": Self.agrement])
            let late = "date;arrivee;depart\n04/03/2024;08:00;18:00\n05/03/2024;13:00;08:00\n09/03/2024;08:00;12:00\n"
            let refused = try await browser.post(OccupancyFixture.path(.attendance(structureID: id)), ["csv": late])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Ligne 3 : le départ (08:00) précède ou égale l&#39;arrivée (13:00)."))
            #expect(refused.body.string.contains("Ligne 4 : la structure est fermée le samedi 9 mars 2024"))
            let column = try await browser.post(OccupancyFixture.path(.attendance(structureID: id)),
                                                ["csv": "date;nom;arrivee;depart\n04/03/2024;Léa;08:00;18:00\n"])
            #expect(column.status == .unprocessableEntity)
            #expect(column.body.string.contains("la colonne « nom » n&#39;est pas reconnue"))
            #expect(try await OccupancyFixture.attendanceCount(app) == 0)
            #expect(try await OccupancyMonthRow.query(on: app.db).count() == 0)
            let zero = try await browser.post(OccupancyFixture.path(.agrement(structureID: id)), ["agrement": "lundi 08:00-18:00 0"])
            #expect(zero.status == .unprocessableEntity)
            #expect(zero.body.string.contains("Ligne 1 : le nombre de places doit être un entier supérieur à 0"))
            #expect(try await OccupancySlot.query(on: app.db).count() == 5)
        }
    }

    @Test func onlyTheManagingOrganisationAndTheCoordinateurEdit() async throws {
        try await withApp { app in
            let structure = try await OccupancyFixture.structure(app, organisation: "La Clé des Champs")
            let id = try structure.requireID()
            let form = ["agrement": Self.agrement]
            let other = try await signIn(app, as: .referent, organisation: "AFJC")
            let refused = try await other.post(OccupancyFixture.path(.agrement(structureID: id)), form)
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains("référents de l&#39;organisation qui gère cette structure"))
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.post(OccupancyFixture.path(.agrement(structureID: id)), form).status == .forbidden)
            let page = try await lecteur.get(OccupancyFixture.path(.structure(id: id)))
            #expect(page.status == .ok && !page.body.string.contains("Enregistrer l&#39;agrément"))
            let manager = try await signIn(app, as: .referent, organisation: "La Clé des Champs")
            #expect(try await manager.post(OccupancyFixture.path(.agrement(structureID: id)), form).status == .seeOther)
            #expect(try await OccupancySlot.query(on: app.db).filter(\.$structure.$id == id).count() == 5)
            let anonymous = try await Browser(app).get(OccupancyFixture.path(.home))
            #expect(anonymous.status == .seeOther)
        }
    }

    @Test func anotherTerritorysStructureDoesNotExistHere() async throws {
        try await withApp { app in
            let elsewhere = try await SecondTerritory.load(app)
            let structure = try await OccupancyFixture.structure(app, name: "Crèche d'ailleurs", territoryID: elsewhere.requireID())
            let browser = try await signIn(app, as: .coordinateur)
            let id = try structure.requireID()
            #expect(try await browser.get(OccupancyFixture.path(.structure(id: id))).status == .notFound)
            #expect(try await browser.post(OccupancyFixture.path(.agrement(structureID: id)), ["agrement": Self.agrement]).status == .notFound)
            let home = try await browser.get(OccupancyFixture.path(.home))
            #expect(home.status == .ok && !home.body.string.contains("ailleurs"))
        }
    }
}
