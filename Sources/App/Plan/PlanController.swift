import Fluent
import Vapor

/// Axes → objectifs → fiches, each fiche one click away.
struct PlanPage: Encodable {
    struct ActionRow: Encodable {
        var code: String
        var title: String
        var href: String
        var leads: String
        var subActions: Int
        /// Follow-up (Pilotage/Suivi): set by `applyProgress`.
        var progress: ProgressBar? = nil
    }

    struct ObjectiveBlock: Encodable {
        var number: Int
        var title: String
        var actions: [ActionRow]
        var progress: ProgressBar? = nil
    }

    struct AxeBlock: Encodable {
        var number: Int
        var title: String
        var hasTitle: Bool
        var anchor: String
        var objectives: [ObjectiveBlock]
        var progress: ProgressBar? = nil
    }

    var layout: Layout
    var conventionTitle: String
    var csvHref: String
    var jsonHref: String
    var axes: [AxeBlock]
    var progress: ProgressBar? = nil
}

enum PlanController {
    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.territoryScope()
        let tree = try await PlanTree.load(conventionID: try scope.requireConventionID(), on: req.db)
        var plan = page(tree, scope: scope)
        // Progress bars of the follow-up (Pilotage/Suivi).
        try await plan.applyProgress(req, tree: tree)
        return try await req.view.render("plan", plan)
    }

    static func page(_ tree: PlanTree, scope: TerritoryScope) -> PlanPage {
        let axes = tree.axes.map { axe in
            PlanPage.AxeBlock(
                number: axe.number, title: axe.displayTitle, hasTitle: axe.title != nil, anchor: "axe-\(axe.number)",
                objectives: axe.sortedObjectifs.map { objectif in
                    PlanPage.ObjectiveBlock(number: objectif.number, title: objectif.title,
                                            actions: objectif.sortedActions.map { action in
                        PlanPage.ActionRow(code: action.code, title: action.title,
                                           href: scope.path(.fiche(code: action.code)),
                                           leads: action.leads.map(\.label).joined(separator: ", "),
                                           subActions: action.sousActions.count)
                    })
                })
        }
        return PlanPage(layout: Layout(title: "Plan d'actions", scope: scope), conventionTitle: tree.convention.title,
                        csvHref: scope.path(.planCSV), jsonHref: SiteURL.api(.plan(scope.ref)).path, axes: axes)
    }
}
