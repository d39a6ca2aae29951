/// One sous-action line of the Gantt chart and of its text alternative.
public struct GanttRow: Codable, Equatable, Sendable {
    public var axeNumber: Int
    /// Nil when the document gives the axe no title; the group header then reads "Axe 3".
    public var axeTitle: String?
    /// Nil for the sous-actions the document leaves without a number.
    public var code: String?
    public var title: String
    /// Empty means unknown: drawn as one hatched band, never as a guess.
    public var plannedYears: [Int]
    /// Current (effective) status, used for every year without its own entry.
    public var status: SubActionStatus
    /// Status as it was at the end of each year, when the history is known.
    public var yearStatuses: [Int: SubActionStatus]

    public init(axeNumber: Int, axeTitle: String? = nil, code: String?, title: String, plannedYears: [Int],
                status: SubActionStatus, yearStatuses: [Int: SubActionStatus] = [:]) {
        self.axeNumber = axeNumber; self.axeTitle = axeTitle; self.code = code; self.title = title
        self.plannedYears = plannedYears; self.status = status; self.yearStatuses = yearStatuses
    }

    public func status(in year: Int) -> SubActionStatus { yearStatuses[year] ?? status }

    var codeLabel: String { code ?? "sans numéro" }

    /// Rows grouped by axe number (ascending), keeping the given order inside an axe.
    static func groups(_ rows: [GanttRow]) -> [(heading: String, rows: [GanttRow])] {
        let numbers = Array(Set(rows.map(\.axeNumber))).sorted()
        return numbers.map { number in
            let members = rows.filter { $0.axeNumber == number }
            let title = members.lazy.compactMap(\.axeTitle).first
            return (title.map { "Axe \(number) — \($0)" } ?? "Axe \(number)", members)
        }
    }
}

/// The Gantt chart as a table: same content, readable without sight or colour.
public struct GanttTable: Codable, Equatable, Sendable {
    public struct Row: Codable, Equatable, Sendable {
        public var code: String
        public var title: String
        /// One cell per year of the range: the status that year, "—" when not planned,
        /// "non renseigné" when the years are unknown.
        public var yearCells: [String]
        public var status: String
        public var note: String?
    }
    public struct Group: Codable, Equatable, Sendable {
        public var heading: String
        public var rows: [Row]
    }

    public var caption: String
    public var headers: [String]
    public var groups: [Group]
}
