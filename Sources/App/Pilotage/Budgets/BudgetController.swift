import CTGCore
import Fluent
import Vapor

/// A sous-action's budget lines: read by the territory's signed-in users, written by whoever may
/// edit the fiche (coordinateur, référent of a responsible organisation). CSRF is checked by
/// `CSRFMiddleware`; each write and its journal entry share one transaction.
enum BudgetController {
    static func register(on app: Application) {
        let signedIn = app.signedIn()
        signedIn.get(.budget(.sousAction(code: "", id: 0)), use: show)
        signedIn.post(.budget(.sousAction(code: "", id: 0)), use: save)
        signedIn.get(.budget(.removal(code: "", sousActionID: 0, lineID: 0)), use: confirmRemoval)
        signedIn.post(.budget(.removal(code: "", sousActionID: 0, lineID: 0)), use: remove)
        signedIn.get(.budget(.csv), use: BudgetExport.csv)
        signedIn.get(.budget(.xlsx), use: BudgetExport.xlsx)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let visit = try await BudgetVisit.load(req, forWriting: false)
        var form = BudgetPage.Form()
        if visit.canEdit, let lineID = req.query[Int.self, at: "ligne"] {
            let line = try await visit.line(lineID, on: req.db)
            form = .init(line: String(lineID), year: String(line.year), financeur: String(line.$organisation.id),
                         planned: EuroAmount.input(line.planned), spent: EuroAmount.input(line.spent))
        }
        let notice: String? = switch req.query[String.self, at: "budget"] {
        case "enregistre": "Ligne de budget enregistrée."
        case "supprime": "Ligne de budget supprimée. Le coordinateur peut la restaurer depuis le journal."
        default: nil
        }
        return try await render(req, visit, form: form, errors: [], notice: notice)
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let visit = try await BudgetVisit.load(req, forWriting: true)
        if let replay = try await FormSubmissions.replay(req) { return replay }
        let form = try req.content.decode(BudgetPage.Form.self)
        let names = try await visit.financeurs(on: req.db)
        let input: BudgetLineInput
        switch BudgetLineInput.read(year: form.year, financeur: form.financeur, planned: form.planned, spent: form.spent,
                                    conventionYears: visit.convention.years, financeurIDs: Set(names.keys)) {
        case .success(let valid): input = valid
        case .failure(let refusal):
            return try await render(req, visit, form: form, errors: refusal.reasons, notice: nil)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        let editing = form.line.flatMap { Int($0) }
        let location = visit.pagePath + "?budget=enregistre"
        let financeur = names[input.financeurID] ?? ""
        @Sendable func write() async throws -> Response {
            try await FormSubmissions.once(req) { tx in
                try await BudgetWriter.save(input, editing: editing, visit: visit, financeur: financeur, on: tx)
                return location
            }
        }
        do {
            return try await write()
        } catch where DatabaseFailure.isUniqueViolation(error) {
            // Someone created the same line (sous-action, year, financeur) meanwhile: their row
            // exists now, so saving again updates it instead of adding a second one.
            return try await write()
        }
    }

    @Sendable static func confirmRemoval(req: Request) async throws -> View {
        let visit = try await BudgetVisit.load(req, forWriting: true)
        let line = try await visit.line(req.parameters.get("lineID", as: Int.self), on: req.db)
        let names = try await visit.financeurs(on: req.db)
        return try await ConfirmPage.render(
            req, title: "Supprimer une ligne de budget",
            question: "Supprimer la ligne de budget \(line.describe(financeur: names[line.$organisation.id] ?? "—")) "
                + "de la sous-action \(visit.sub.suiviLabel) ?",
            action: req.url.path, cancel: visit.pagePath)
    }

    /// Deletes after the confirmation page only; the journal keeps the row for « Restaurer ».
    @Sendable static func remove(req: Request) async throws -> Response {
        let visit = try await BudgetVisit.load(req, forWriting: true)
        guard ConfirmPage.isConfirmed(req) else { return req.redirect(to: req.url.path, redirectType: .normal) }
        let line = try await visit.line(req.parameters.get("lineID", as: Int.self), on: req.db)
        let financeur = try await visit.financeurs(on: req.db)[line.$organisation.id] ?? "—"
        try await req.db.writeTransaction { tx in
            try await BudgetWriter.remove(line, visit: visit, financeur: financeur, on: tx)
        }
        return req.redirect(to: visit.pagePath + "?budget=supprime", redirectType: .normal)
    }

    private static func render(_ req: Request, _ visit: BudgetVisit, form: BudgetPage.Form, errors: [String],
                               notice: String?) async throws -> View {
        let lines = try await visit.lines(on: req.db)
        let names = try await visit.financeurs(on: req.db)
        return try await req.view.render("budget", BudgetPage.build(req, visit, lines: lines, names: names,
                                                                    form: form, errors: errors, notice: notice))
    }
}
