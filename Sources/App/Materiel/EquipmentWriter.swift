import CTGCore
import Fluent
import SQLKit
import Vapor

/// The pool's writes, each in a `writeTransaction` with its journal entry.
enum EquipmentWriter {
    static func addItem(name: String, category: String, condition: String, owner: Structure, by user: User,
                        on tx: any Database) async throws -> EquipmentItem {
        let item = EquipmentItem()
        item.$territory.id = owner.$territory.id
        item.$owner.id = try owner.requireID()
        item.name = name; item.category = category; item.condition = condition
        try await item.create(on: tx)
        _ = try await Audit.record(on: tx, user: user, territoryID: owner.$territory.id, entity: .equipment, entityID: item.id,
                                   field: "inventaire", after: name, summary: "Matériel « \(name) » ajouté au parc par « \(owner.name) »")
        return item
    }

    /// Books the item unless another booking shares a day with it. The insert itself carries
    /// the condition (INSERT … SELECT … WHERE NOT EXISTS), and the write transaction lets one
    /// writer at a time in on both engines, so two requests for the same week cannot both pass.
    static func book(_ item: EquipmentItem, for structure: Structure, first: PilotageDate, last: PilotageDate,
                     by user: User, on tx: any Database) async throws -> Bool {
        let sql = tx as! any SQLDatabase
        let itemID = try item.requireID()
        let (from, to) = (first.description, last.description)
        let before = try await EquipmentBooking.query(on: tx).filter(\.$item.$id == itemID).count()
        try await sql.raw("""
            INSERT INTO equipment_bookings (territory_id, item_id, structure_id, first_day, last_day) \
            SELECT \(bind: item.$territory.id), \(bind: itemID), \(bind: try structure.requireID()), \(bind: from), \(bind: to) \
            WHERE NOT EXISTS (SELECT 1 FROM equipment_bookings WHERE item_id = \(bind: itemID) \
            AND first_day <= \(bind: to) AND last_day >= \(bind: from))
            """).run()
        guard try await EquipmentBooking.query(on: tx).filter(\.$item.$id == itemID).count() > before else { return false }
        _ = try await Audit.record(on: tx, user: user, territoryID: item.$territory.id, entity: .equipment, entityID: itemID,
                                   field: "reservation", after: "\(from) → \(to)",
                                   summary: "« \(item.name) » réservé par « \(structure.name) » du \(first.frenchDescription) au \(last.frenchDescription)")
        return true
    }

    /// The rotation: the item goes to the booking's structure, which now holds it.
    static func handOver(_ booking: EquipmentBooking, item: EquipmentItem, to structure: Structure, by user: User,
                         on tx: any Database) async throws {
        let before = item.$holder.id
        booking.handedOverAt = Date()
        try await booking.save(on: tx)
        item.$holder.id = try structure.requireID()
        try await item.save(on: tx)
        _ = try await Audit.record(on: tx, user: user, territoryID: item.$territory.id, entity: .equipment, entityID: item.id,
                                   field: "detenteur", before: before.map(String.init), after: structure.id.map(String.init),
                                   summary: "« \(item.name) » remis à « \(structure.name) »")
    }
}
