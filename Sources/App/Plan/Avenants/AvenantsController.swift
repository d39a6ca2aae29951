import CTGCore
import Fluent
import Vapor

/// `/{territoire}/avenants`: the convention's avenants, public like the convention they amend;
/// the territory's coordinateur records one with the form below the list.
enum AvenantsController {
    struct Form: Content { var signedOn: String?; var deliberation: String?; var changes: String? }

    struct Page: Encodable {
        struct Row: Encodable { var date: String; var deliberation: String?; var changes: [String] }
        var layout: Layout
        var convention: String
        var rows: [Row]
        var homeHref: String
        /// Nil unless the visitor is the territory's coordinateur.
        var formAction: String?
        var form: Form
        var errors: [String]
        var notice: String?
    }

    static func register(on app: Application) {
        app.get(.avenants, use: show)
        app.signedIn(.coordinateur).post(TerritoryPage.avenants, use: create)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let notice = req.query[String.self, at: "avenant"] == "ok" ? "Avenant enregistré." : nil
        return try await page(req, form: Form(), errors: [], notice: notice)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let scope = try await req.territoryScope()
        let user = try req.requireRole(.coordinateur)
        guard ImportWarningsBox.canAct(user, scope: scope), let convention = scope.convention else {
            throw AppError.notFound("Cette page n'existe pas.")
        }
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(Form.self)
        let life = try req.life(of: convention)
        switch AvenantInput.check(date: form.signedOn, deliberation: form.deliberation, changes: form.changes,
                                  startYear: convention.startYear, today: life.today) {
        case let .failure(problems):
            return try await page(req, form: form, errors: problems.messages, notice: nil)
                .encodeResponse(status: .unprocessableEntity, for: req)
        case let .success(input):
            let conventionID = try convention.requireID()
            return try await FormSubmissions.once(req) { tx in
                let avenant = Avenant(conventionID: conventionID, signedOn: input.signedOn.description,
                                      deliberation: input.deliberation, changes: input.changes, createdBy: user.email)
                try await avenant.create(on: tx)
                let by = input.deliberation.map { ", délibération n° \($0)" } ?? ""
                try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, conventionID: conventionID,
                                       entity: .avenant, entityID: avenant.id,
                                       summary: "Avenant du \(FrenchFormat.date(input.signedOn.description) ?? "")\(by) : \(input.changes)")
                return scope.ref.url(.avenants).path(query: [("avenant", "ok")])
            }
        }
    }

    private static func page(_ req: Request, form: Form, errors: [String], notice: String?) async throws -> View {
        let scope = try await req.territoryScope()
        let conventionID = try scope.requireConventionID()
        let avenants = try await Avenant.query(on: req.db).filter(\.$convention.$id == conventionID)
            .sort(\.$signedOn).sort(\.$id).all()
        return try await req.view.render("avenants", Page(
            layout: req.layout(title: "Avenants à la convention"), convention: scope.convention?.title ?? "",
            rows: avenants.map {
                .init(date: FrenchFormat.date($0.signedOn) ?? $0.signedOn, deliberation: $0.deliberation,
                      changes: PlanFormInput.lines($0.changes))
            },
            homeHref: scope.path(.home),
            formAction: ImportWarningsBox.canAct(req.currentUser, scope: scope) ? scope.path(.avenants) : nil,
            form: form, errors: errors, notice: notice))
    }
}
