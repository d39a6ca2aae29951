/// Several territories' CTGs side by side (issue 8 §5, what a CAF asks for): one column per
/// territory, and rows that line up what can be compared. Axes are compared by their number
/// (every plan numbers them from 1, their titles differ), so a territory with fewer axes
/// shows an empty cell rather than shifting the others.
public struct TerritoryComparison: Sendable, Equatable {
    public struct Axe: Sendable, Equatable {
        public var number: Int
        public var title: String
        /// 0…1, nil while nothing of the axe has a status.
        public var progress: Double?

        public init(number: Int, title: String, progress: Double?) {
            self.number = number; self.title = title; self.progress = progress
        }
    }

    public struct IndicatorValue: Sendable, Equatable {
        public var label: String
        public var ficheCode: String
        public var year: Int
        public var value: String

        public init(label: String, ficheCode: String, year: Int, value: String) {
            self.label = label; self.ficheCode = ficheCode; self.year = year; self.value = value
        }
    }

    public struct Column: Sendable, Equatable {
        public var name: String
        public var departement: String
        public var period: String?
        public var overall: Double?
        public var axes: [Axe]
        /// Codes of the fiches with at least one sous-action late.
        public var lateFiches: [String]
        /// Every indicator's latest measured value; those never measured are only counted.
        public var latestValues: [IndicatorValue]
        public var indicatorCount: Int
        /// What the caller finds the territory by once columns are sorted (its slug): two
        /// territories may share a name.
        public var key: String

        public init(name: String, departement: String, period: String?, overall: Double?, axes: [Axe],
                    lateFiches: [String], latestValues: [IndicatorValue], indicatorCount: Int, key: String = "") {
            self.name = name; self.departement = departement; self.period = period; self.overall = overall
            self.axes = axes; self.lateFiches = lateFiches; self.latestValues = latestValues
            self.indicatorCount = indicatorCount; self.key = key
        }
    }

    public var columns: [Column]
    /// Row `i` holds axe `i + 1` of each column, nil where that territory has no such axe.
    public var axeRows: [[Axe?]]
    /// How many of the latest values each column shows: the most recent first.
    public static let valuesShown = 5

    public init(columns: [Column]) {
        let sorted = columns.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        let numbers = Set(sorted.flatMap { $0.axes.map(\.number) }).sorted()
        self.columns = sorted
        axeRows = numbers.map { number in sorted.map { column in column.axes.first { $0.number == number } } }
    }

    /// The latest values a column shows: most recent year first, then by fiche and label.
    public static func recent(_ column: Column) -> [IndicatorValue] {
        Array(column.latestValues.sorted {
            ($1.year, $0.ficheCode, $0.label) < ($0.year, $1.ficheCode, $1.label)
        }.prefix(valuesShown))
    }
}
