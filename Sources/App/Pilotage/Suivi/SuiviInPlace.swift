import Fluent
import Vapor

/// /suivi lets whoever may edit a fiche change its sous-actions' status in place (issue 13 §4):
/// a plain form per line, posted to the fiche's own status route, so it works without JavaScript.
enum SuiviInPlace {
    /// The rows with their form's address where the user may edit: every fiche for the territory's
    /// coordinateur, the fiches their organisation leads for a référent (one indexed query), none otherwise.
    static func withStatusForms(_ rows: [SuiviRow], req: Request, tree: PlanTree, scope: TerritoryScope) async throws -> [SuiviRow] {
        guard let user = req.currentUser, user.isActive, user.territoryID == scope.territoryID else { return rows }
        let editable: Set<String>
        switch user.role {
        case .coordinateur: editable = Set(rows.map(\.actionCode))
        case .referent:
            guard let organisationID = user.organisationID else { return rows }
            let ids = try await ActionOrganisation.query(on: req.db).filter(\.$organisation.$id == organisationID)
                .filter(\.$role == .lead).all(\.$action.$id)
            let codes = Set(ids)
            editable = Set(tree.actions.filter { $0.id.map(codes.contains) ?? false }.map(\.code))
        default: return rows
        }
        return rows.map { row in
            var row = row
            if editable.contains(row.actionCode) {
                row.statusAction = tree.ref.path(.sousActionStatus(code: row.actionCode, sousActionID: row.sousActionID))
            }
            return row
        }
    }
}
