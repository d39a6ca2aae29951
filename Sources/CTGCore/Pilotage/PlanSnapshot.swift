/// Everything the bilan needs about a convention, as plain values the app loads once.
///
/// Histories (status entries, measures, assessments) are given in entry order:
/// on equal dates the later element wins.
public struct PlanSnapshot: Codable, Equatable, Sendable {
    public var axes: [Axe]
    public init(axes: [Axe]) { self.axes = axes }

    public struct Axe: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String?
        public var weight: Double?
        public var objectives: [Objective]
        public init(number: Int, title: String?, weight: Double? = nil, objectives: [Objective]) {
            self.number = number; self.title = title; self.weight = weight; self.objectives = objectives
        }
    }

    public struct Objective: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String
        public var weight: Double?
        public var actions: [Action]
        public init(number: Int, title: String, weight: Double? = nil, actions: [Action]) {
            self.number = number; self.title = title; self.weight = weight; self.actions = actions
        }
    }

    public struct Action: Codable, Equatable, Sendable {
        public var code: String
        public var title: String
        public var weight: Double?
        public var subActions: [SubAction]
        public var indicators: [IndicatorSeries]
        public var expectedResults: [ExpectedResult]
        public init(code: String, title: String, weight: Double? = nil, subActions: [SubAction],
                    indicators: [IndicatorSeries] = [], expectedResults: [ExpectedResult] = []) {
            self.code = code; self.title = title; self.weight = weight; self.subActions = subActions
            self.indicators = indicators; self.expectedResults = expectedResults
        }
    }

    public struct SubAction: Codable, Equatable, Sendable {
        public var code: String?
        public var title: String
        public var weight: Double?
        public var plannedYears: [Int]
        public var statusHistory: [StatusEntry]
        public init(code: String?, title: String, weight: Double? = nil, plannedYears: [Int],
                    statusHistory: [StatusEntry] = []) {
            self.code = code; self.title = title; self.weight = weight
            self.plannedYears = plannedYears; self.statusHistory = statusHistory
        }

        /// The latest entry dated in or before `year` (by year, then date, then entry order).
        public func entry(asOf year: Int) -> StatusEntry? {
            PlanSnapshot.latest(statusHistory.filter { $0.year <= year }) { ($0.year, $0.date) }
        }

        /// Recorded status at the end of `year`; "à venir" before any entry.
        public func recordedStatus(asOf year: Int) -> SubActionStatus { entry(asOf: year)?.status ?? .a_venir }

        /// Recorded status with lateness applied, judged at the end of `year`.
        public func effectiveStatus(asOf year: Int) -> SubActionStatus {
            Lateness.effectiveStatus(plannedYears: plannedYears, recorded: recordedStatus(asOf: year), currentYear: year)
        }
    }

    public struct StatusEntry: Codable, Equatable, Sendable {
        public var year: Int
        public var date: PilotageDate?
        public var status: SubActionStatus
        public var comment: String?
        public init(year: Int, date: PilotageDate? = nil, status: SubActionStatus, comment: String? = nil) {
            self.year = year; self.date = date; self.status = status; self.comment = comment
        }
    }

    public struct ExpectedResult: Codable, Equatable, Sendable {
        public var text: String
        public var assessments: [Assessment]
        public init(text: String, assessments: [Assessment] = []) { self.text = text; self.assessments = assessments }

        /// Assessments are yearly judgements, so only one made for `year` counts:
        /// "atteint" in 2023 says nothing about 2024.
        public func assessment(in year: Int) -> Assessment? {
            PlanSnapshot.latest(assessments.filter { $0.year == year }) { ($0.year, nil) }
        }
    }

    public struct Assessment: Codable, Equatable, Sendable {
        public var year: Int
        public var status: ExpectedResultStatus
        public var comment: String?
        public init(year: Int, status: ExpectedResultStatus, comment: String? = nil) {
            self.year = year; self.status = status; self.comment = comment
        }
    }

    /// Last element by (year, date); undated entries count as 1 January; ties go to the later element.
    static func latest<T>(_ items: [T], key: (T) -> (Int, PilotageDate?)) -> T? {
        var best: (item: T, date: PilotageDate)?
        for item in items {
            let (year, date) = key(item)
            let d = date.map { $0.year == year ? $0 : .startOfYear(year) } ?? .startOfYear(year)
            if let current = best, d < current.date { continue }
            best = (item, d)
        }
        return best?.item
    }
}
