extension SyntheticTerritory {
    /// The template's shape with titles shuffled between fiches and between sous-actions, and about
    /// one sous-action in six left out (never a fiche's last). Codes follow the new order, and each
    /// sous-action gets a span of years.
    static func vary(_ template: ParsedPlan, years: ClosedRange<Int>, random: inout SplitMix) -> ParsedPlan {
        let actions = template.axes.flatMap(\.objectives).flatMap(\.actions)
        var actionTitles = random.shuffled(actions.map(\.title))
        var subTitles = random.shuffled(actions.flatMap(\.subActions).map(\.title))
        var plan = template
        for a in plan.axes.indices {
            for o in plan.axes[a].objectives.indices {
                for f in plan.axes[a].objectives[o].actions.indices {
                    var action = plan.axes[a].objectives[o].actions[f]
                    action.title = actionTitles.popLast() ?? action.title
                    action.warnings = []
                    var kept: [ParsedSubAction] = []
                    for (position, sub) in action.subActions.enumerated() {
                        let last = position == action.subActions.count - 1
                        guard last && kept.isEmpty || random.below(6) != 0 else { continue }
                        var copy = sub
                        copy.title = subTitles.popLast() ?? sub.title
                        copy.code = action.code + "-" + String(UnicodeScalar(UInt8(65 + kept.count)))
                        // A span of the convention's years: the calendar the OCR lost in the template.
                        let first = years.lowerBound + random.below(years.count)
                        copy.years = Array(first...min(years.upperBound, first + random.below(3)))
                        kept.append(copy)
                    }
                    action.subActions = kept
                    plan.axes[a].objectives[o].actions[f] = action
                }
            }
        }
        return plan
    }
}

/// A small seeded generator (SplitMix64): the same index gives the same territory on every
/// machine, which `SystemRandomNumberGenerator` would not.
public struct SplitMix: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }

    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        copy.shuffle(using: &self)
        return copy
    }
}
