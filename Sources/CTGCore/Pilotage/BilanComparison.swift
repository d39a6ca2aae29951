/// What changed between the bilan of year Y-1 and that of year Y.
public struct BilanComparison: Codable, Equatable, Sendable {
    public struct AxeDelta: Codable, Equatable, Sendable {
        public var number: Int
        public var previousProgress: Double?
        public var progress: Double?
        /// Nil when either year cannot be measured.
        public var delta: Double?

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number); try c.encode(previousProgress, forKey: .previousProgress)
            try c.encode(progress, forKey: .progress); try c.encode(delta, forKey: .delta)
        }
    }

    public struct StatusChange: Codable, Equatable, Sendable {
        public var code: String?
        public var title: String
        public var from: SubActionStatus
        public var to: SubActionStatus
    }

    public enum Direction: String, Codable, Sendable {
        case up, down, new, changed
        public var label: String {
            switch self {
            case .up: "en hausse"
            case .down: "en baisse"
            case .new: "première mesure"
            case .changed: "modifié"
            }
        }
    }

    public struct IndicatorMove: Codable, Equatable, Sendable {
        public var actionCode: String
        public var label: String
        public var previousText: String?
        public var valueText: String?
        public var direction: Direction
    }

    public var previousYear: Int
    public var overallProgressDelta: Double?
    public var axes: [AxeDelta]
    /// Sous-actions whose effective status differs from the previous year's.
    public var statusChanges: Int
    public var changes: [StatusChange]
    /// Indicators whose value (or text) differs, including a first measure.
    /// An indicator measured last year but not this year is not counted: no news is not a move.
    public var indicatorsMoved: Int
    public var indicatorMoves: [IndicatorMove]

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(previousYear, forKey: .previousYear); try c.encode(overallProgressDelta, forKey: .overallProgressDelta)
        try c.encode(axes, forKey: .axes); try c.encode(statusChanges, forKey: .statusChanges)
        try c.encode(changes, forKey: .changes); try c.encode(indicatorsMoved, forKey: .indicatorsMoved)
        try c.encode(indicatorMoves, forKey: .indicatorMoves)
    }

    /// Both reports come from the same snapshot, so their trees have the same shape.
    static func between(previous: BilanReport, current: BilanReport) -> BilanComparison {
        var changes: [StatusChange] = []
        var moves: [IndicatorMove] = []
        let axes = zip(previous.axes, current.axes).map { old, new in
            for (oldAction, action) in zip(old.actions, new.actions) {
                for (a, b) in zip(oldAction.subActions, action.subActions) where a.status != b.status {
                    changes.append(StatusChange(code: b.code, title: b.title, from: a.status, to: b.status))
                }
                for (a, b) in zip(oldAction.indicators, action.indicators) {
                    if let direction = move(from: a, to: b) {
                        moves.append(IndicatorMove(actionCode: action.code, label: b.label, previousText: a.valueText,
                                                   valueText: b.valueText, direction: direction))
                    }
                }
            }
            return AxeDelta(number: new.number, previousProgress: old.progress, progress: new.progress,
                            delta: difference(new.progress, old.progress))
        }
        return BilanComparison(previousYear: previous.year,
                               overallProgressDelta: difference(current.overallProgress, previous.overallProgress),
                               axes: axes, statusChanges: changes.count, changes: changes,
                               indicatorsMoved: moves.count, indicatorMoves: moves)
    }

    static func move(from old: BilanIndicator, to new: BilanIndicator) -> Direction? {
        switch (old.value, new.value) {
        case let (a?, b?): return b > a ? .up : (b < a ? .down : nil)
        case (nil, _?): return .new
        default:
            guard let text = new.valueText else { return nil }
            return old.valueText == nil ? .new : (old.valueText == text ? nil : .changed)
        }
    }

    static func difference(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return a - b
    }
}
