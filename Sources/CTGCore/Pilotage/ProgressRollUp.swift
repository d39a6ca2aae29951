/// One node of the progress tree: convention → axes → objectifs → actions → sous-actions.
///
/// Leaves carry their own progress (from their status); inner nodes get theirs
/// from their children. A generic tree keeps the weighting rule in one place for
/// every level.
public struct ProgressNode: Codable, Equatable, Sendable {
    public var id: String
    /// Relative weight among siblings; nil counts as 1, so a level where nobody
    /// set weights is a plain average. Zero or negative weights leave the average.
    public var weight: Double?
    /// Used only when the node has no child that yields a progress.
    public var ownProgress: Double?
    public var children: [ProgressNode]

    public init(id: String, weight: Double? = nil, ownProgress: Double? = nil, children: [ProgressNode] = []) {
        self.id = id; self.weight = weight; self.ownProgress = ownProgress; self.children = children
    }

    /// Leaf built from a status: abandonné yields a nil progress and so leaves the average.
    public static func leaf(id: String, status: SubActionStatus, weight: Double? = nil) -> ProgressNode {
        ProgressNode(id: id, weight: weight, ownProgress: status.progress)
    }

    /// Rolled-up progress in 0…1, or nil when nothing below can be measured
    /// (no sous-action, or all abandoned).
    public var rolledUp: Double? {
        ProgressRollUp.weightedAverage(children.map { ($0.rolledUp, $0.weight) })
            ?? ownProgress.map { min(max($0, 0), 1) }
    }

    /// Rolled-up progress of this node and every descendant, by id (nil entries omitted).
    /// Ids must be unique in the tree; a duplicate keeps the last value visited.
    public func rolledUpByID() -> [String: Double] {
        var out: [String: Double] = [:]
        collect(into: &out)
        return out
    }

    @discardableResult
    private func collect(into out: inout [String: Double]) -> Double? {
        var parts: [(value: Double?, weight: Double?)] = []
        for child in children { parts.append((child.collect(into: &out), child.weight)) }
        let value = ProgressRollUp.weightedAverage(parts) ?? ownProgress.map { min(max($0, 0), 1) }
        if let value { out[id] = value }
        return value
    }
}

public enum ProgressRollUp {
    /// Weighted average of the values that exist; weights default to 1.
    /// Nil when no value with a positive weight remains.
    public static func weightedAverage(_ items: [(value: Double?, weight: Double?)]) -> Double? {
        var total = 0.0
        var weights = 0.0
        for item in items {
            guard let value = item.value else { continue }
            let w = item.weight ?? 1
            guard w > 0, w.isFinite else { continue }
            total += min(max(value, 0), 1) * w
            weights += w
        }
        return weights > 0 ? total / weights : nil
    }

    /// Progress of an action straight from its sous-actions' statuses and optional weights.
    public static func progress(of statuses: [(status: SubActionStatus, weight: Double?)]) -> Double? {
        weightedAverage(statuses.map { ($0.status.progress, $0.weight) })
    }
}
