import Foundation

/// Numbering rules of the plan editor, kept apart from the database so they are tested
/// in milliseconds and shared by every writer of plan rows.
///
/// - A new row takes the rank after the highest of its siblings: deleting the last
///   fiche frees its number, deleting one in the middle leaves a gap (the other fiches
///   keep their codes, so their addresses and printed copies stay right).
/// - Moving a row up or down swaps its rank with its neighbour's, and every code below
///   the two (objectifs, fiches, sous-actions) follows its new prefix.
public enum PlanNumbering {
    public enum Direction: String, Sendable, CaseIterable {
        case up = "monter"
        case down = "descendre"
    }

    /// The rank for a new child, given the siblings' ranks (unreadable siblings count as absent).
    public static func nextRank(after ranks: [Int]) -> Int {
        (ranks.max() ?? 0) + 1
    }

    /// The code of a new child of `parent` ("1-2-3" → "1-2-3-C" when A and B exist).
    /// Siblings' codes that do not belong to `parent` (an imported oddity) are ignored.
    public static func nextChild(of parent: PlanCode, siblings: [String?]) -> PlanCode {
        let ranks = siblings.compactMap { $0.flatMap(PlanCode.init) }.filter { $0.parent == parent }.map(\.rank)
        return parent.child(nextRank(after: ranks))!
    }

    /// "1-2-3-A" → "1-4-3-A" when its ancestor "1-2" becomes "1-4"; nil when `code` is not
    /// `old` or below it, so unrelated rows are left alone.
    public static func rebase(_ code: String, from old: PlanCode, to new: PlanCode) -> String? {
        let oldText = old.description
        if code == oldText { return new.description }
        guard code.hasPrefix(oldText + "-") else { return nil }
        return new.description + code.dropFirst(oldText.count)
    }

    /// Which sibling a row swaps with: the nearest one before (up) or after (down) in
    /// `order`; nil at either end. `order` lists the siblings' ids as they are shown.
    public static func neighbour<ID: Equatable>(of id: ID, in order: [ID], direction: Direction) -> ID? {
        guard let index = order.firstIndex(of: id) else { return nil }
        let other = direction == .up ? index - 1 : index + 1
        return order.indices.contains(other) ? order[other] : nil
    }

    /// The renaming of a swap: for each code of the two subtrees, its new code. `first`
    /// and `second` are the two swapped rows' codes; `codes` every code that may sit below them.
    public static func swapRenames(_ first: PlanCode, _ second: PlanCode, codes: [String]) -> [String: String] {
        var renames: [String: String] = [:]
        for code in codes {
            if let moved = rebase(code, from: first, to: second) {
                renames[code] = moved
            } else if let moved = rebase(code, from: second, to: first) {
                renames[code] = moved
            }
        }
        return renames
    }
}
