/// Yearly synthesis of the convention. Its JSON is a contract for the bilan page,
/// the exports and the API: keys may be added, never renamed. Optional values are
/// written as `null`, never left out, so every documented key is always present.
public struct BilanReport: Codable, Equatable, Sendable {
    public var year: Int
    public var axes: [BilanAxe]
    /// Codes (or titles for unnumbered ones) of the sous-actions late at the end of `year`.
    public var late: [String]
    /// Effective status → count, every status present (zeros included).
    public var countsByStatus: [String: Int]
    public var overallProgress: Double?
    public var comparison: BilanComparison?

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year); try c.encode(axes, forKey: .axes); try c.encode(late, forKey: .late)
        try c.encode(countsByStatus, forKey: .countsByStatus)
        try c.encode(overallProgress, forKey: .overallProgress); try c.encode(comparison, forKey: .comparison)
    }
}

public struct BilanAxe: Codable, Equatable, Sendable {
    public var number: Int
    public var title: String?
    public var progress: Double?
    public var objectives: [BilanObjective]
    public var actions: [BilanAction]

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number); try c.encode(title, forKey: .title)
        try c.encode(progress, forKey: .progress); try c.encode(objectives, forKey: .objectives)
        try c.encode(actions, forKey: .actions)
    }
}

public struct BilanObjective: Codable, Equatable, Sendable {
    public var number: Int
    public var title: String
    public var progress: Double?

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number); try c.encode(title, forKey: .title); try c.encode(progress, forKey: .progress)
    }
}

public struct BilanAction: Codable, Equatable, Sendable {
    public var code: String
    public var title: String
    public var progress: Double?
    public var subActions: [BilanSubAction]
    public var indicators: [BilanIndicator]
    public var expectedResults: [BilanExpectedResult]

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code); try c.encode(title, forKey: .title); try c.encode(progress, forKey: .progress)
        try c.encode(subActions, forKey: .subActions); try c.encode(indicators, forKey: .indicators)
        try c.encode(expectedResults, forKey: .expectedResults)
    }
}

public struct BilanSubAction: Codable, Equatable, Sendable {
    public var code: String?
    public var title: String
    /// Effective status (lateness applied).
    public var status: SubActionStatus
    public var statusLabel: String
    /// What was entered; differs from `status` when lateness is derived.
    public var recordedStatus: SubActionStatus
    /// From the recorded status (see `SubActionStatus.progress`); nil when abandoned.
    public var progress: Double?
    /// Comment of the status entry in force.
    public var comment: String?
    public var plannedYears: [Int]

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code); try c.encode(title, forKey: .title); try c.encode(status, forKey: .status)
        try c.encode(statusLabel, forKey: .statusLabel); try c.encode(recordedStatus, forKey: .recordedStatus)
        try c.encode(progress, forKey: .progress); try c.encode(comment, forKey: .comment)
        try c.encode(plannedYears, forKey: .plannedYears)
    }
}

public struct BilanIndicator: Codable, Equatable, Sendable {
    public var label: String
    public var kind: IndicatorKind
    public var target: Double?
    /// Latest measured value of the year; nil for qualitative indicators (see `valueText`).
    public var value: Double?
    /// Nil when there is no target or no value to compare.
    public var met: Bool?
    public var targetText: String?
    public var valueText: String?
    public var assessment: TargetAssessment

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(label, forKey: .label); try c.encode(kind, forKey: .kind); try c.encode(target, forKey: .target)
        try c.encode(value, forKey: .value); try c.encode(met, forKey: .met); try c.encode(targetText, forKey: .targetText)
        try c.encode(valueText, forKey: .valueText); try c.encode(assessment, forKey: .assessment)
    }
}

public struct BilanExpectedResult: Codable, Equatable, Sendable {
    public var text: String
    public var status: ExpectedResultStatus
    public var statusLabel: String
    public var comment: String?

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text); try c.encode(status, forKey: .status)
        try c.encode(statusLabel, forKey: .statusLabel); try c.encode(comment, forKey: .comment)
    }
}
