import CTGCore
import Fluent
import Vapor

/// Puts the follow-up's progress on the public plan and home pages. Rows are
/// matched by axe number, objectif number and fiche code, which are unique in a convention.
extension PlanPage {
    mutating func applyProgress(_ req: Request, tree: PlanTree) async throws {
        let followUp = try await PlanFollowUp.loadFor(tree: tree, req: req)
        progress = ProgressBar(followUp.conventionProgress, label: "Avancement de la convention")
        for (ai, block) in axes.enumerated() {
            guard let axe = tree.axes.first(where: { $0.number == block.number }) else { continue }
            axes[ai].progress = ProgressBar(followUp.progress(axe), label: "Avancement de l'axe \(axe.number)")
            for (oi, objective) in block.objectives.enumerated() {
                guard let objectif = axe.objectifs.first(where: { $0.number == objective.number }) else { continue }
                axes[ai].objectives[oi].progress = ProgressBar(followUp.progress(objectif), label: "Avancement de l'objectif \(objectif.number)")
                for (ci, row) in objective.actions.enumerated() {
                    guard let action = objectif.actions.first(where: { $0.code == row.code }) else { continue }
                    axes[ai].objectives[oi].actions[ci].progress = ProgressBar(followUp.progress(action), label: "Avancement de la fiche \(row.code)")
                }
            }
        }
    }
}

extension HomePage {
    mutating func applyProgress(_ req: Request, tree: PlanTree) async throws {
        let followUp = try await PlanFollowUp.loadFor(tree: tree, req: req)
        totals.progress = ProgressBar(followUp.conventionProgress, label: "Avancement de la convention")
        for (index, summary) in axes.enumerated() {
            guard let axe = tree.axes.first(where: { $0.number == summary.number }) else { continue }
            axes[index].progress = ProgressBar(followUp.progress(axe), label: "Avancement de l'axe \(axe.number)")
        }
    }
}

extension PlanFollowUp {
    /// The follow-up of a tree already loaded by a page.
    static func loadFor(tree: PlanTree, req: Request) async throws -> PlanFollowUp {
        let history = try await StatusHistory.load(conventionID: try tree.convention.requireID(), on: req.db)
        return build(tree: tree, history: history, today: req.pilotageToday)
    }
}
