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
    var xlsxHref: String
    /// The spreadsheet import form, for the convention's coordinateurs only.
    var importAction: String? = nil
    var offerReplace = false
    var jsonHref: String
    var axes: [AxeBlock]
    var progress: ProgressBar? = nil
}

enum PlanController {
    @Sendable static func show(req: Request) async throws -> View {
        let tree = try await PlanTree.load(conventionID: try await req.conventionID(), on: req.db)
        var plan = try page(tree)
        // Progress bars of the follow-up (Pilotage/Suivi).
        try await plan.applyProgress(req, tree: tree)
        if let user = req.currentUser, user.role == .coordinateur, user.territoryID == tree.territory.id {
            plan.importAction = SiteURL.planImport.path + "?convention=\(try tree.convention.requireID())"
            plan.layout.csrf = req.csrfToken()
        }
        return try await req.view.render("plan", plan)
    }

    static func page(_ tree: PlanTree) throws -> PlanPage {
        let axes = tree.axes.map { axe in
            PlanPage.AxeBlock(
                number: axe.number, title: axe.displayTitle, hasTitle: axe.title != nil, anchor: "axe-\(axe.number)",
                objectives: axe.sortedObjectifs.map { objectif in
                    PlanPage.ObjectiveBlock(number: objectif.number, title: objectif.title,
                                            actions: objectif.sortedActions.map { action in
                        PlanPage.ActionRow(code: action.code, title: action.title,
                                           href: SiteURL.fiche(code: action.code).path,
                                           leads: action.leads.map(\.label).joined(separator: ", "),
                                           subActions: action.sousActions.count)
                    })
                })
        }
        let id = try tree.convention.requireID()
        return PlanPage(layout: Layout(title: "Plan d'actions"), conventionTitle: tree.convention.title,
                        csvHref: SiteURL.planCSV.path + "?convention=\(id)",
                        xlsxHref: SiteURL.planXLSX.path + "?convention=\(id)",
                        jsonHref: SiteURL.api(.plan(conventionID: id)).path, axes: axes)
    }
}
