import Foundation

/// The RPE's itinerant sessions (fiche 1-2-1-D) counted per commune and year: the table of the
/// RPE page, communes in alphabetical order, years from the oldest.
public struct ItineranceGrid: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var commune: String
        /// One count per year of `years`, in the same order.
        public var counts: [Int]
        public var total: Int
    }

    public var years: [Int]
    public var rows: [Row]
    /// Sessions of each year, all communes together.
    public var yearTotals: [Int]

    /// Communes are grouped as typed apart from surrounding spaces and letter case, so that
    /// "Ville" and "ville " land on one row; the first spelling met is shown.
    public init(sessions: [(commune: String, year: Int)]) {
        years = Array(Set(sessions.map(\.year))).sorted()
        var spelling: [String: String] = [:]
        var counts: [String: [Int: Int]] = [:]
        for s in sessions {
            let name = s.commune.trimmingCharacters(in: .whitespaces)
            let key = name.lowercased()
            if spelling[key] == nil { spelling[key] = name.isEmpty ? "Commune non précisée" : name }
            counts[key, default: [:]][s.year, default: 0] += 1
        }
        let years = self.years
        rows = counts.keys.sorted { spelling[$0]!.localizedCompare(spelling[$1]!) == .orderedAscending }.map { key in
            let perYear = years.map { counts[key]?[$0] ?? 0 }
            return Row(commune: spelling[key]!, counts: perYear, total: perYear.reduce(0, +))
        }
        yearTotals = years.map { year in sessions.filter { $0.year == year }.count }
    }
}
