@testable import App
import CTGCore
import Fluent
import Testing
import Vapor

/// The shared equipment pool: two structures try to book the same cot for the same week and one
/// is refused, by the database's conditional insert, even when the requests arrive together.
@Suite struct EquipmentTests {
    static func pool(_ app: Application) async throws -> (item: Int, first: Structure, second: Structure, browser: Browser) {
        let first = try await OccupancyFixture.structure(app, name: "Crèche A")
        let second = try await OccupancyFixture.structure(app, name: "Crèche B")
        let browser = try await signIn(app, as: .coordinateur)
        let added = try await browser.post(OccupancyFixture.equipmentPath(.home),
                                           ["name": "Lit parapluie", "category": "couchage", "condition": "bon état",
                                            "owner": String(try first.requireID())])
        #expect(added.status == .seeOther)
        let item = try #require(try await EquipmentItem.query(on: app.db).first())
        return (try item.requireID(), first, second, browser)
    }

    @Test func theSecondBookingOfTheSameWeekIsRefused() async throws {
        try await withApp { app in
            let (item, first, second, browser) = try await Self.pool(app)
            let path = OccupancyFixture.equipmentPath(.bookings(itemID: item))
            let ok = try await browser.post(path, ["structure": String(try second.requireID()), "from": "2025-03-03", "to": "2025-03-07"])
            #expect(ok.status == .seeOther)
            let clash = try await browser.post(path, ["structure": String(try first.requireID()), "from": "2025-03-07", "to": "2025-03-14"])
            #expect(clash.status == .conflict)
            #expect(clash.body.string.contains("est déjà réservé sur une partie de cette période"))
            let next = try await browser.post(path, ["structure": String(try first.requireID()), "from": "2025-03-08", "to": "2025-03-14"])
            #expect(next.status == .seeOther)
            let reversed = try await browser.post(path, ["structure": String(try first.requireID()), "from": "2025-04-10", "to": "2025-04-01"])
            #expect(reversed.status == .unprocessableEntity)
            #expect(try await EquipmentBooking.query(on: app.db).count() == 2)
            // One loan (Crèche B borrows Crèche A's cot); Crèche A's own use is not a loan.
            let home = try await browser.get(OccupancyFixture.equipmentPath(.home))
            #expect(home.body.string.contains("Matériels partagés (prêtés au moins une fois à une autre structure que leur propriétaire) : <strong>1</strong>"))
            #expect(home.body.string.contains("<th scope=\"row\">2025</th><td class=\"count\">1</td>"))
        }
    }

    @Test func simultaneousBookingsOfTheSameWeekLetOneThrough() async throws {
        try await withApp { app in
            let (item, first, second, browser) = try await Self.pool(app)
            let forms = (0..<6).map { index in
                ["structure": String((index % 2 == 0 ? first : second).id!), "from": "2025-05-05", "to": "2025-05-09"]
            }
            let answers = try await browser.postAllAtOnce(OccupancyFixture.equipmentPath(.bookings(itemID: item)), forms)
            #expect(answers.serverErrors.isEmpty, "\(answers.serverErrors)")
            #expect(answers.count(.seeOther) == 1)
            #expect(answers.count(.conflict) == 5)
            #expect(try await EquipmentBooking.query(on: app.db).count() == 1)
        }
    }

    @Test func handOverMovesTheItemAndStaysInTheHistory() async throws {
        try await withApp { app in
            let (item, _, second, browser) = try await Self.pool(app)
            try await browser.post(OccupancyFixture.equipmentPath(.bookings(itemID: item)),
                                   ["structure": String(try second.requireID()), "from": "2025-03-03", "to": "2025-03-07"])
            let booking = try #require(try await EquipmentBooking.query(on: app.db).first())
            let moved = try await browser.post(OccupancyFixture.equipmentPath(.handOver(itemID: item, bookingID: try booking.requireID())))
            #expect(moved.status == .seeOther)
            let after = try #require(try await EquipmentItem.find(item, on: app.db))
            #expect(after.$holder.id == second.id)
            let page = try await browser.get(OccupancyFixture.equipmentPath(.item(id: item)))
            #expect(page.body.string.contains("actuellement chez : Crèche B"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == .equipment).count() == 3)
            let lecteur = try await signIn(app, as: .lecteur)
            #expect(try await lecteur.post(OccupancyFixture.equipmentPath(.bookings(itemID: item)),
                                           ["structure": String(try second.requireID()), "from": "2025-06-02", "to": "2025-06-06"]).status == .forbidden)
        }
    }
}
