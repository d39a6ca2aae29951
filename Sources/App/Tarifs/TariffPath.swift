import Vapor

/// The ALSH tariff pages, under `/{territoire}/tarifs` (one `TerritoryPage.tariffs` case,
/// so the shared file stays small).
enum TariffPath: Equatable, Sendable {
    /// Every ALSH's grid side by side, with the price chart.
    case home
    /// A new grid for one ALSH.
    case newGrid(structureID: Int)
    /// One grid, to read and edit.
    case grid(id: Int)
    /// The coordinateur's harmonised draft and the typical families.
    case draft
    /// Today's prices against the draft, per ALSH and family, and the revenue effect.
    case simulation

    var segments: [String] {
        switch self {
        case .home: return ["tarifs"]
        case .newGrid(let id): return ["tarifs", "alsh", String(id), "nouvelle-grille"]
        case .grid(let id): return ["tarifs", "grilles", String(id)]
        case .draft: return ["tarifs", "projet"]
        case .simulation: return ["tarifs", "simulation"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .newGrid: return ["tarifs", "alsh", ":structureID", "nouvelle-grille"]
        case .grid: return ["tarifs", "grilles", ":gridID"]
        default: return segments.map { PathComponent(stringLiteral: $0) }
        }
    }
}
