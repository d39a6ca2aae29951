import CTGCore
import Fluent
import Vapor

/// The coordinateur sets the roll-up weights. Fields absent from the post stay
/// as they are; an empty field removes the weight. All or nothing: one wrong
/// value and nothing is saved. Each changed weight is one audit entry.
enum WeightsController {
    static func register(on app: Application) {
        let coordinateur = app.signedIn(.coordinateur)
        coordinateur.get(.suiviWeights, use: show)
        coordinateur.post(.suiviWeights, use: save)
    }

    struct NoticeQuery: Content { var enregistre: String? }

    @Sendable static func show(req: Request) async throws -> View {
        let notice = try req.query.decode(NoticeQuery.self).enregistre != nil ? "Pondérations enregistrées." : nil
        return try await render(req, typed: [:], errors: [], notice: notice)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        let conventionID = try await req.userConventionID()
        let form = (try? req.content.decode([String: String].self)) ?? [:]
        let tree = try await PlanTree.load(conventionID: conventionID, on: req.db)
        var changes: [WeightChange] = []
        var errors: [String] = []
        for target in WeightChange.targets(tree) {
            guard let text = form[target.key] else { continue }
            switch WeightsPage.parse(text, label: target.label) {
            case .failure(let e): errors += e.messages
            case .success(let value) where value != target.current: changes.append(target.changed(to: value))
            case .success: break
            }
        }
        guard errors.isEmpty else {
            let response = try await render(req, typed: form, errors: errors, notice: nil).encodeResponse(for: req)
            response.status = .unprocessableEntity
            return response
        }
        let territoryID = try tree.territory.requireID()
        let toSave = changes
        try await req.db.writeTransaction { tx in
            for change in toSave { try await change.apply(on: tx, user: user, territoryID: territoryID, conventionID: conventionID) }
        }
        let scope = try await req.territoryScope()
        return req.redirect(to: scope.url(.suiviWeights).path(query: [("enregistre", "1")]), redirectType: .normal)
    }

    private static func render(_ req: Request, typed: [String: String], errors: [String], notice: String?) async throws -> View {
        let conventionID = try await req.userConventionID()
        let (tree, followUp) = try await PlanFollowUp.load(conventionID: conventionID, on: req.db, today: req.pilotageToday)
        return try await req.view.render("suivi-ponderations", WeightsPage(
            layout: Layout(title: "Pondérations de l'avancement", scope: try await req.territoryScope()),
            conventionTitle: tree.convention.title, formAction: try await req.territoryScope().path(.suiviWeights),
            fields: WeightsPage.fields(tree: tree, followUp: followUp, typed: typed), errors: errors, notice: notice,
            conventionProgress: ProgressBar(followUp.conventionProgress, label: "Avancement de la convention")))
    }
}
