import Vapor

/// The shared equipment pool's addresses, under `/{territoire}/materiel`.
enum EquipmentPath: Equatable, Sendable {
    /// The inventory, its indicators, and the form to add an item (POST).
    case home
    case item(id: Int)
    case bookings(itemID: Int)
    case handOver(itemID: Int, bookingID: Int)
    /// The item's photo (GET) and its upload (POST).
    case photo(itemID: Int)

    var segments: [String] {
        switch self {
        case .home: return ["materiel"]
        case .item(let id): return ["materiel", String(id)]
        case .bookings(let id): return ["materiel", String(id), "reservations"]
        case .handOver(let id, let booking): return ["materiel", String(id), "reservations", String(booking), "remise"]
        case .photo(let id): return ["materiel", String(id), "photo"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .home: return ["materiel"]
        case .item: return ["materiel", ":itemID"]
        case .bookings: return ["materiel", ":itemID", "reservations"]
        case .handOver: return ["materiel", ":itemID", "reservations", ":bookingID", "remise"]
        case .photo: return ["materiel", ":itemID", "photo"]
        }
    }
}
