import Fluent
import Vapor

/// « Supprimer » in the editor: a confirmation page (GET), then the deletion (POST with
/// `confirm`). For a row carrying follow-up, the page says why it cannot go (and offers no
/// button), and the POST is refused (409) with the same sentence.
enum PlanEditorDeletion {
    struct RefusalPage: Encodable {
        var layout: Layout
        var message: String
        var backHref: String
    }

    @Sendable static func confirm(req: Request) async throws -> View {
        let scope = try await req.planEditorScope()
        let (kind, id) = try PlanEditorController.item(req)
        let target = try await PlanEditorDelete.target(kind, id: id, in: scope, on: req.db)
        if target.followUp != nil {
            return try await req.view.render("plan-editor-refusal", RefusalPage(
                layout: req.layout(title: "Suppression impossible"), message: refusal(target).reason,
                backHref: try await back(kind, target, scope)))
        }
        let below = kind == .sousAction ? "" : " avec tout ce qu'\(target.feminine ? "elle" : "il") contient"
        return try await ConfirmPage.render(
            req, title: "Supprimer du plan",
            question: "Supprimer \(lowercasedFirst(target.label))\(below) ?",
            action: PlanEditorPath.deletion(kind, id: id).href(scope.ref),
            cancel: try await back(kind, target, scope))
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let scope = try await req.planEditorScope()
        let (kind, id) = try PlanEditorController.item(req)
        let target = try await PlanEditorDelete.target(kind, id: id, in: scope, on: req.db)
        guard ConfirmPage.isConfirmed(req) else { return req.redirect(to: req.url.string, redirectType: .normal) }
        try await PlanEditorDelete.delete(kind, id: id, in: scope, on: req.db)
        return req.redirect(to: try await back(kind, target, scope), redirectType: .normal)
    }

    static func refusal(_ target: PlanEditorDelete.Target) -> AppError {
        .conflict("\(target.label) ne peut pas être \(target.deleted) : son suivi compte \(target.followUp ?? ""). "
            + "Ce qui a été saisi par les partenaires n'est jamais effacé par l'éditeur du plan.")
    }

    /// Where the user goes after (or instead of) the deletion: the fiche for a sous-action, the plan otherwise.
    private static func back(_ kind: PlanEditorMove.Kind, _ target: PlanEditorDelete.Target,
                             _ scope: PlanEditor.Scope) async throws -> String {
        if kind == .sousAction, let code = target.ficheCode {
            return PlanEditorPath.fiche(code: code).href(scope.ref)
        }
        return PlanEditorPath.home.href(scope.ref)
    }

    private static func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
