import CTGCore
import Fluent
import Vapor

/// `/plan/edition/fiches/1-2-3`: every field of the paper fiche in one form, then its
/// sous-actions (each a small form, moved, deleted), and a form to add one.
struct PlanEditorFichePage: Encodable {
    struct SousActionRow: Encodable {
        var id: Int
        var code: String
        var title: String
        var years: String
        var staff: String
        var funders: String
        var updateAction: String
        var moveAction: String
        var deleteHref: String
    }

    var layout: Layout
    var code: String
    var backHref: String
    var publicHref: String
    var updateAction: String
    var title: String
    var diagnostic: String
    var audience: String
    var leads: String
    var partners: String
    var indicators: String
    var results: String
    var period: String
    var sousActions: [SousActionRow]
    var addAction: String

    struct FicheForm: Content {
        var title: String?, diagnostic: String?, audience: String?, leads: String?, partners: String?
        var indicators: String?, results: String?
    }

    struct SousActionForm: Content { var title: String?; var years: String?; var staff: String?; var funders: String? }

    static func register(on editor: any RoutesBuilder) {
        editor.get(.planEditor(.fiche(code: "")), use: show)
        editor.post(.planEditor(.fiche(code: "")), use: update)
        editor.post(.planEditor(.sousActions(ficheCode: "")), use: addSousAction)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let scope = try await req.planEditorScope()
        let action = try await PlanEditorRows.action(code: req.parameters.get("code") ?? "", in: scope, on: req.db)
        let fields = try await FicheFields.read(action, on: req.db)
        let convention = try await action.$convention.get(on: req.db)
        let ref = scope.ref
        let lines = { (list: [String]) in list.joined(separator: "\n") }
        let rows = try await SousAction.query(on: req.db).filter(\.$action.$id == action.requireID()).sort(\.$position)
            .with(\.$funders).all()
        return try await req.view.render("plan-editor-fiche", PlanEditorFichePage(
            layout: req.layout(title: "Fiche-action \(action.code) — édition"), code: action.code,
            backHref: PlanEditorPath.home.href(ref) + "#fiche-\(action.id ?? 0)",
            publicHref: ref.path(.fiche(code: action.code)),
            updateAction: PlanEditorPath.fiche(code: action.code).href(ref),
            title: fields.title, diagnostic: fields.diagnostic ?? "", audience: fields.audience ?? "",
            leads: lines(fields.leads), partners: lines(fields.partners), indicators: lines(fields.indicators),
            results: lines(fields.results), period: "\(convention.startYear)–\(convention.endYear)",
            sousActions: try rows.map { row in
                let rowID = try row.requireID()
                return SousActionRow(id: rowID, code: row.displayCode, title: row.title,
                                     years: row.years.map(String.init).joined(separator: ", "), staff: row.staff ?? "",
                                     funders: row.sortedFunders.map(\.label).joined(separator: "\n"),
                                     updateAction: PlanEditorPath.item(.sousAction, id: rowID).href(ref),
                                     moveAction: PlanEditorPath.move(.sousAction, id: rowID).href(ref),
                                     deleteHref: PlanEditorPath.deletion(.sousAction, id: rowID).href(ref))
            },
            addAction: PlanEditorPath.sousActions(ficheCode: action.code).href(ref)))
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let scope = try await req.planEditorScope()
        let action = try await PlanEditorRows.action(code: req.parameters.get("code") ?? "", in: scope, on: req.db)
        let form = try req.content.decode(FicheForm.self)
        guard let title = PlanFormInput.text(form.title) else { throw AppError.invalidInput("Indiquez l'intitulé de la fiche-action.") }
        let fields = FicheFields(title: title, diagnostic: PlanFormInput.text(form.diagnostic),
                                 audience: PlanFormInput.text(form.audience), leads: PlanFormInput.lines(form.leads),
                                 partners: PlanFormInput.lines(form.partners), indicators: PlanFormInput.lines(form.indicators),
                                 results: PlanFormInput.lines(form.results))
        try await PlanEditor.updateFiche(try action.requireID(), fields: fields, in: scope, on: req.db)
        return req.redirect(to: PlanEditorPath.fiche(code: action.code).href(scope.ref),
                            redirectType: .normal)
    }

    @Sendable static func addSousAction(req: Request) async throws -> Response {
        let scope = try await req.planEditorScope()
        let action = try await PlanEditorRows.action(code: req.parameters.get("code") ?? "", in: scope, on: req.db)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let fields = try await sousActionFields(req, scope: scope)
        let actionID = try action.requireID()
        return try await FormSubmissions.once(req) { tx in
            try await PlanEditor.addSousAction(actionID: actionID, fields: fields, in: scope, on: tx)
            return PlanEditorPath.fiche(code: action.code).href(scope.ref)
        }
    }

    /// The sous-action row's form (POST on the row's own address).
    static func updateSousAction(_ req: Request, id: Int, scope: PlanEditor.Scope) async throws -> Response {
        let fields = try await sousActionFields(req, scope: scope)
        try await PlanEditor.updateSousAction(id, fields: fields, in: scope, on: req.db)
        let sousAction = try await PlanEditorRows.sousAction(id, in: scope, on: req.db)
        let code = try await sousAction.$action.get(on: req.db).code
        return req.redirect(to: PlanEditorPath.fiche(code: code).href(scope.ref), redirectType: .normal)
    }

    private static func sousActionFields(_ req: Request, scope: PlanEditor.Scope) async throws -> SousActionFields {
        let form = try req.content.decode(SousActionForm.self)
        guard let title = PlanFormInput.text(form.title) else { throw AppError.invalidInput("Indiquez l'intitulé de la sous-action.") }
        guard let convention = try await Convention.find(scope.conventionID, on: req.db) else { throw PlanEditorRows.notFound }
        let years: [Int]
        switch PlanFormInput.years(form.years, period: convention.startYear...max(convention.startYear, convention.endYear)) {
        case .success(let value): years = value
        case .failure(let refusal): throw AppError.invalidInput(refusal.message)
        }
        return SousActionFields(title: title, years: years, staff: PlanFormInput.text(form.staff),
                                funders: PlanFormInput.lines(form.funders))
    }
}
