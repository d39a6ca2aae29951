import CTGCore
import Fluent
import Vapor

/// Builds the `CTGCore.PlanSnapshot` of a convention from the database: the plan
/// tree, the weights, the planned years and every status entry. The bilan, the
/// Gantt and the progress bars all start from it, so they agree with each other.
enum PlanSnapshotQuery {
    /// Lets a caller add what this domain does not own (indicators, expected
    /// results) to each action, given the loaded `PlanAction` (indicators and
    /// expected results eager-loaded, as in `PlanTree`).
    typealias ActionDecorator = @Sendable (PlanAction, inout PlanSnapshot.Action) -> Void

    static func load(conventionID: Int, on db: any Database,
                     decorate: ActionDecorator? = nil) async throws -> PlanSnapshot {
        let tree = try await PlanTree.load(conventionID: conventionID, on: db)
        let history = try await StatusHistory.load(conventionID: conventionID, on: db)
        return snapshot(tree: tree, history: history, decorate: decorate)
    }

    /// Pure assembly, for callers that already hold the tree and the history.
    static func snapshot(tree: PlanTree, history: [Int: [SousActionStatusEntry]],
                         decorate: ActionDecorator? = nil) -> PlanSnapshot {
        PlanSnapshot(axes: tree.axes.map { axe in
            PlanSnapshot.Axe(number: axe.number, title: axe.title, weight: axe.weight,
                             objectives: axe.sortedObjectifs.map { objectif in
                PlanSnapshot.Objective(number: objectif.number, title: objectif.title, weight: objectif.weight,
                                       actions: objectif.sortedActions.map { action in
                    var out = PlanSnapshot.Action(code: action.code, title: action.title, weight: action.weight,
                                                  subActions: action.sortedSousActions.map { subAction($0, history: history) })
                    decorate?(action, &out)
                    return out
                })
            })
        })
    }

    /// One sous-action with its planned years and its status entries in entry order.
    static func subAction(_ sub: SousAction, history: [Int: [SousActionStatusEntry]]) -> PlanSnapshot.SubAction {
        PlanSnapshot.SubAction(code: sub.code, title: sub.title, weight: sub.weight, plannedYears: sub.years,
                               statusHistory: (sub.id.flatMap { history[$0] } ?? []).map(\.snapshotEntry))
    }
}
