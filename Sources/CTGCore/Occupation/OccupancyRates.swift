/// Minutes of one structure, month and weekday, as the app keeps them up to date when
/// attendance is written. Weekday 0 holds monthly hours declared without a day breakdown
/// (the CAF declaration's heures réalisées and facturées).
public struct OccupancyMonth: Equatable, Sendable {
    public var structure: Int
    public var year: Int
    public var month: Int
    public var weekday: Int
    public var realisedMinutes: Int
    public var billedMinutes: Int

    public init(structure: Int, year: Int, month: Int, weekday: Int, realisedMinutes: Int, billedMinutes: Int) {
        self.structure = structure; self.year = year; self.month = month; self.weekday = weekday
        self.realisedMinutes = realisedMinutes; self.billedMinutes = billedMinutes
    }
}

/// Hours used against hours offered. Rates are in percentage points (75 means 75 %).
public struct OccupancyTotals: Equatable, Sendable {
    public var realisedMinutes = 0
    public var billedMinutes = 0
    public var capacityMinutes = 0

    public init(realisedMinutes: Int = 0, billedMinutes: Int = 0, capacityMinutes: Int = 0) {
        self.realisedMinutes = realisedMinutes; self.billedMinutes = billedMinutes; self.capacityMinutes = capacityMinutes
    }

    /// Heures réalisées ÷ (places × heures d'ouverture).
    public var realisedRate: Double? {
        capacityMinutes > 0 ? Double(realisedMinutes) / Double(capacityMinutes) * 100 : nil
    }

    /// Heures facturées ÷ (places × heures d'ouverture); nil when nothing was billed.
    public var billedRate: Double? {
        capacityMinutes > 0 && billedMinutes > 0 ? Double(billedMinutes) / Double(capacityMinutes) * 100 : nil
    }

    public static func + (a: Self, b: Self) -> Self {
        Self(realisedMinutes: a.realisedMinutes + b.realisedMinutes, billedMinutes: a.billedMinutes + b.billedMinutes,
             capacityMinutes: a.capacityMinutes + b.capacityMinutes)
    }
}

/// The rates of some structures over some years, from their monthly minutes and agréments.
/// A month without any attendance is "not measured": it adds no capacity, so a structure
/// that starts importing in June is not shown as empty from January to May.
public struct OccupancyRates: Sendable {
    public struct Key: Hashable, Sendable {
        public var structure: Int
        public var year: Int
        public var month: Int
    }

    /// Per structure and month: the totals, and per weekday (1…7) the same split by day of week.
    public private(set) var months: [Key: OccupancyTotals] = [:]
    public private(set) var weekdays: [Key: [Int: OccupancyTotals]] = [:]

    public init(rows: [OccupancyMonth], agrements: [Int: Agrement]) {
        var capacity: [Key: [Int: Int]] = [:]
        for row in rows {
            let key = Key(structure: row.structure, year: row.year, month: row.month)
            if capacity[key] == nil {
                capacity[key] = agrements[row.structure]?.capacityMinutes(year: row.year, month: row.month) ?? [:]
                months[key] = OccupancyTotals(capacityMinutes: capacity[key]!.values.reduce(0, +))
            }
            months[key]!.realisedMinutes += row.realisedMinutes
            months[key]!.billedMinutes += row.billedMinutes
            guard row.weekday > 0 else { continue }
            var day = weekdays[key]?[row.weekday] ?? OccupancyTotals(capacityMinutes: capacity[key]![row.weekday] ?? 0)
            day.realisedMinutes += row.realisedMinutes
            day.billedMinutes += row.billedMinutes
            weekdays[key, default: [:]][row.weekday] = day
        }
    }

    /// Sum over the measured months that pass the filter.
    public func total(where include: (Key) -> Bool) -> OccupancyTotals {
        months.filter { include($0.key) }.values.reduce(OccupancyTotals(), +)
    }

    public func month(_ year: Int, _ month: Int, structure: Int? = nil) -> OccupancyTotals {
        total { $0.year == year && $0.month == month && (structure == nil || $0.structure == structure) }
    }

    public func year(_ year: Int, structure: Int? = nil) -> OccupancyTotals {
        total { $0.year == year && (structure == nil || $0.structure == structure) }
    }

    /// One weekday of one month (the heatmap's cell), over the structures given or all.
    public func cell(year: Int, month: Int, weekday: Int, structure: Int? = nil) -> OccupancyTotals {
        weekdays.filter { $0.key.year == year && $0.key.month == month && (structure == nil || $0.key.structure == structure) }
            .compactMap { $0.value[weekday] }.reduce(OccupancyTotals(), +)
    }

    /// One weekday over a whole year.
    public func weekday(_ weekday: Int, year: Int, structure: Int? = nil) -> OccupancyTotals {
        (1...12).map { cell(year: year, month: $0, weekday: weekday, structure: structure) }.reduce(OccupancyTotals(), +)
    }

    public var years: [Int] { Array(Set(months.keys.map(\.year))).sorted() }
}
