/// How big a plan is, compared before an import replaces it.
public struct PlanCounts: Equatable, Sendable {
    public var axes: Int
    public var fiches: Int
    public var subActions: Int
    public var indicators: Int

    public init(axes: Int, fiches: Int, subActions: Int, indicators: Int) {
        self.axes = axes; self.fiches = fiches; self.subActions = subActions; self.indicators = indicators
    }

    public init(_ plan: ParsedPlan) {
        let actions = plan.axes.flatMap(\.objectives).flatMap(\.actions)
        self.init(axes: plan.axes.count, fiches: actions.count,
                  subActions: actions.reduce(0) { $0 + $1.subActions.count },
                  indicators: actions.reduce(0) { $0 + $1.indicators.count })
    }

    /// A plan is revised by adding or dropping a few rows, not a quarter of them.
    /// The seed's own damaged copies drop 100 % (truncated to its deliberation),
    /// 29 % of indicators (cut in half) or every sous-action (lines doubled); a
    /// genuine revision that removes one fiche of 18 drops 6 %. 25 % leaves room
    /// for real revisions of small plans (one fiche of four) while catching those.
    public static let suspectDrop = 0.25

    /// Nil when `new` can replace `self`; otherwise the French reason, with the counts.
    public func suspicion(replacingWith new: PlanCounts) -> String? {
        guard axes > 0 || fiches > 0 else { return nil }
        let pairs: [(Int, Int)] = [(axes, new.axes), (fiches, new.fiches), (subActions, new.subActions),
                                   (indicators, new.indicators)]
        let dropped = new.axes == 0 || pairs.contains { old, now in
            old > 0 && Double(old - now) > Self.suspectDrop * Double(old)
        }
        guard dropped else { return nil }
        return "Document incomplet ou endommagé ? Il contient beaucoup moins que le plan en place : "
            + "\(FrenchCount.phrase(axes, "axe")) → \(new.axes), "
            + "\(FrenchCount.phrase(fiches, "fiche")) → \(new.fiches), "
            + "\(FrenchCount.phrase(subActions, "sous-action")) → \(new.subActions), "
            + "\(FrenchCount.phrase(indicators, "indicateur")) → \(new.indicators)."
    }
}

/// "1 statut", "85 statuts", "0 statut": French counts agree in number, and zero is singular.
public enum FrenchCount {
    public static func phrase(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count > 1 ? plural ?? singular + "s" : singular)"
    }

    /// "46 sous-actions et 85 statuts", "a, b et c"; empty parts (count 0) are left out.
    public static func list(_ parts: [(Int, String, String?)]) -> String {
        let words = parts.filter { $0.0 > 0 }.map { phrase($0.0, $0.1, $0.2) }
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " et " + last
    }
}
