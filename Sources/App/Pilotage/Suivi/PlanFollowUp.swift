import CTGCore
import Fluent
import Vapor

/// The live follow-up of a convention on a given day: each sous-action's status
/// (recorded and with lateness applied) and the progress of every level, keyed
/// by database id so pages can look rows up. Same rules as the bilan: a leaf's
/// progress follows its *recorded* status, lateness only changes what is shown.
struct PlanFollowUp: Sendable {
    struct SubActionState: Sendable {
        var snapshot: PlanSnapshot.SubAction
        /// Status recorded for the current year or before; "à venir" when none.
        var recorded: SubActionStatus
        /// What to show: `recorded`, or "en retard" when the planned years are over.
        var effective: SubActionStatus
        /// The entry `recorded` comes from, for its comment and date.
        var entry: PlanSnapshot.StatusEntry?
        var progress: Double?

        var isLate: Bool { effective == .en_retard }

        /// The status recorded for `year` itself (not carried over from an earlier year).
        func recorded(in year: Int) -> PlanSnapshot.StatusEntry? {
            snapshot.entry(asOf: year).flatMap { $0.year == year ? $0 : nil }
        }
    }

    var today: PilotageDate
    var year: Int { today.year }
    var subActions: [Int: SubActionState]
    private var progressByKey: [String: Double]

    static func load(conventionID: Int, on db: any Database, today: PilotageDate) async throws -> (PlanTree, PlanFollowUp) {
        let tree = try await PlanTree.load(conventionID: conventionID, on: db)
        let history = try await StatusHistory.load(conventionID: conventionID, on: db)
        return (tree, build(tree: tree, history: history, today: today))
    }

    static func build(tree: PlanTree, history: [Int: [SousActionStatusEntry]], today: PilotageDate) -> PlanFollowUp {
        var states: [Int: SubActionState] = [:]
        let year = today.year
        let root = ProgressNode(id: "convention", children: tree.axes.map { axe in
            ProgressNode(id: key(axe), weight: axe.weight, children: axe.sortedObjectifs.map { objectif in
                ProgressNode(id: key(objectif), weight: objectif.weight, children: objectif.sortedActions.map { action in
                    ProgressNode(id: key(action), weight: action.weight, children: action.sortedSousActions.map { sub in
                        let snapshot = PlanSnapshotQuery.subAction(sub, history: history)
                        let recorded = snapshot.recordedStatus(asOf: year)
                        if let id = sub.id {
                            states[id] = SubActionState(snapshot: snapshot, recorded: recorded,
                                                        effective: snapshot.effectiveStatus(asOf: year),
                                                        entry: snapshot.entry(asOf: year), progress: recorded.progress)
                        }
                        return .leaf(id: key(sub), status: recorded, weight: sub.weight)
                    })
                })
            })
        })
        return PlanFollowUp(today: today, subActions: states, progressByKey: root.rolledUpByID())
    }

    var conventionProgress: Double? { progressByKey["convention"] }
    func progress(_ axe: Axe) -> Double? { progressByKey[Self.key(axe)] }
    func progress(_ objectif: Objectif) -> Double? { progressByKey[Self.key(objectif)] }
    func progress(_ action: PlanAction) -> Double? { progressByKey[Self.key(action)] }
    func state(_ sub: SousAction) -> SubActionState? { sub.id.flatMap { subActions[$0] } }

    // Ids are unique per table, so a table prefix makes them unique in the tree.
    private static func key(_ axe: Axe) -> String { "axe-\(axe.id ?? -1)" }
    private static func key(_ objectif: Objectif) -> String { "objectif-\(objectif.id ?? -1)" }
    private static func key(_ action: PlanAction) -> String { "action-\(action.id ?? -1)" }
    private static func key(_ sub: SousAction) -> String { "sous-action-\(sub.id ?? -1)" }
}
