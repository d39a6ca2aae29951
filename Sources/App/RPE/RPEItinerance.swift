import CTGCore
import Fluent
import Vapor

/// The relais' itinerant sessions (fiche 1-2-1-D): the animations, not cancelled, organised by a
/// structure of kind RPE of the territory. Each one is held at its commune, which is what counts.
enum RPEItinerance {
    struct Session: Sendable {
        var id: Int
        var title: String
        var commune: String
        var year: Int
        var month: Int
        var day: Int
    }

    static func sessions(territoryID: Int, on db: any Database) async throws -> [Session] {
        let relais = try await Structure.query(on: db).filter(\.$territory.$id == territoryID)
            .filter(\.$kind == StructureKind.rpe.rawValue).all(\.$id)
        guard !relais.isEmpty else { return [] }
        // Indexed by structure_id; the other filters narrow a relais' own animations.
        let animations = try await Animation.query(on: db).filter(\.$structure.$id ~~ relais)
            .filter(\.$territory.$id == territoryID).filter(\.$cancelledAt == nil).sort(\.$startsAt).all()
        let calendar = AnimationDates.calendar
        return animations.map { a in
            let c = calendar.dateComponents([.year, .month, .day], from: a.startsAt)
            return Session(id: a.id ?? 0, title: a.title, commune: a.commune, year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1)
        }
    }

    static func grid(territoryID: Int, on db: any Database) async throws -> ItineranceGrid {
        ItineranceGrid(sessions: try await sessions(territoryID: territoryID, on: db).map { ($0.commune, $0.year) })
    }
}

extension ItineranceGrid {
    /// What the template reads: Leaf needs `Encodable` and plain arrays.
    struct Table: Encodable {
        struct Row: Encodable { var commune: String; var counts: [Int]; var total: Int }
        var years: [Int]
        var rows: [Row]
        var yearTotals: [Int]
        var total: Int

        init(_ grid: ItineranceGrid) {
            years = grid.years
            rows = grid.rows.map { Row(commune: $0.commune, counts: $0.counts, total: $0.total) }
            yearTotals = grid.yearTotals
            total = grid.yearTotals.reduce(0, +)
        }
    }
}
