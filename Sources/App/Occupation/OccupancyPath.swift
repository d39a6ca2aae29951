import Vapor

/// The occupancy pages, under `/{territoire}/occupation` (one `TerritoryPage.occupancy` case,
/// so the shared file stays small).
enum OccupancyPath: Equatable, Sendable {
    /// The territory's rates, heatmap, charts and alerts.
    case home
    /// One structure: its agrément, imports and rates.
    case structure(id: Int)
    case agrement(structureID: Int)
    case attendance(structureID: Int)
    case hours(structureID: Int)

    var segments: [String] {
        switch self {
        case .home: return ["occupation"]
        case .structure(let id): return ["occupation", "structures", String(id)]
        case .agrement(let id): return ["occupation", "structures", String(id), "agrement"]
        case .attendance(let id): return ["occupation", "structures", String(id), "presences"]
        case .hours(let id): return ["occupation", "structures", String(id), "heures"]
        }
    }

    var pathComponents: [PathComponent] {
        let base: [PathComponent] = ["occupation", "structures", ":structureID"]
        switch self {
        case .home: return ["occupation"]
        case .structure: return base
        case .agrement: return base + ["agrement"]
        case .attendance: return base + ["presences"]
        case .hours: return base + ["heures"]
        }
    }
}
