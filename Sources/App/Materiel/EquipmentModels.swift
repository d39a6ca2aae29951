import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let equipment: AuditEntity = "equipment"
}

/// An item of the shared pool: owned by one structure, held by whichever had it last.
final class EquipmentItem: Model, @unchecked Sendable {
    static let schema = "equipment_items"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Parent(key: "owner_id") var owner: Structure
    /// Where the item is now; nil until its first hand-over (it is then at its owner's).
    @OptionalParent(key: "holder_id") var holder: Structure?
    @Field(key: "name") var name: String
    @Field(key: "category") var category: String
    @Field(key: "condition") var condition: String

    init() {}
}

/// A structure's use of an item over days, both ends included.
final class EquipmentBooking: Model, @unchecked Sendable {
    static let schema = "equipment_bookings"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Parent(key: "item_id") var item: EquipmentItem
    @Parent(key: "structure_id") var structure: Structure
    @Field(key: "first_day") var firstDay: String
    @Field(key: "last_day") var lastDay: String
    /// When the item was handed to this booking's structure: the rotation.
    @OptionalField(key: "handed_over_at") var handedOverAt: Date?

    init() {}
}
