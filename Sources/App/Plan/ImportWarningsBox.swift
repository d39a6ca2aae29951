import Fluent
import Vapor

/// The import's warnings are the back office's worries, not the public's (issue 13 §1): they are
/// shown only to the territory's coordinateur, who can fix them in the editor and mark them
/// « traité » with a comment. Visitors, lecteurs and référents see the plan without them.
struct ImportWarningItem: Encodable {
    var message: String
    var code: String?
    /// Where the defect is fixed: the fiche's form in the editor, or the editor itself.
    var fixHref: String
    var fixLabel: String
    var resolveAction: String
    /// Brings the coordinateur back to the page the form was on.
    var retour: String
    var anchor: String
}

enum ImportWarningsBox {
    /// Only a coordinateur of this territory acts on warnings (the editor is theirs).
    static func canAct(_ user: User?, scope: TerritoryScope) -> Bool {
        guard let user else { return false }
        return user.isActive && user.role == .coordinateur && user.territoryID == scope.territoryID
    }

    static func items(_ warnings: [ImportWarning], ref: TerritoryRef, retour: String) throws -> [ImportWarningItem] {
        try warnings.map { warning in
            let id = try warning.requireID()
            let fix = warning.actionCode.map { PlanEditorPath.fiche(code: $0).href(ref) } ?? PlanEditorPath.home.href(ref)
            return ImportWarningItem(
                message: warning.message, code: warning.actionCode, fixHref: fix,
                fixLabel: warning.actionCode.map { "Corriger la fiche \($0) dans l'éditeur" } ?? "Corriger dans l'éditeur du plan",
                resolveAction: PlanEditorPath.warning(id: id).href(ref), retour: retour, anchor: "avertissement-\(id)")
        }
    }

    /// The convention's open warnings for the coordinateur's home: one indexed query
    /// (convention_id, resolved_at), capped, so the home never loads the whole plan for it.
    static func open(conventionID: Int, limit: Int = 50, on db: any Database) async throws -> [ImportWarning] {
        try await ImportWarning.query(on: db).filter(\.$convention.$id == conventionID)
            .filter(\.$resolvedAt == nil).sort(\.$position).limit(limit).all()
    }

    static func openCount(conventionID: Int, on db: any Database) async throws -> Int {
        try await ImportWarning.query(on: db).filter(\.$convention.$id == conventionID)
            .filter(\.$resolvedAt == nil).count()
    }
}
