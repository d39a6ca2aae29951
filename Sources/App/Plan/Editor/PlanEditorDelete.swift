import CTGCore
import Fluent
import Vapor

/// Deleting an axe, objectif, fiche or sous-action from the editor. Never when the row
/// or anything below it carries follow-up people typed (statuses, measurements, targets,
/// assessments): a French refusal says what is there. Otherwise the deleted rows are kept
/// with the deletion's journal entry (`PlanEditorTrash`), so « Restaurer » in the journal
/// brings them back, all in one transaction. The other rows keep their codes: a gap is left.
enum PlanEditorDelete {
    typealias Kind = PlanEditorMove.Kind

    /// What the confirmation page and the refusal say about the row.
    struct Target: Sendable {
        var label: String
        var followUp: String?
        var ficheCode: String?
        /// Fiches and sous-actions are feminine: « supprimée ».
        var feminine: Bool

        var deleted: String { feminine ? "supprimée" : "supprimé" }
    }

    static func target(_ kind: Kind, id: Int, in scope: PlanEditor.Scope, on db: any Database) async throws -> Target {
        let (label, ficheCode, rows) = try await describe(kind, id: id, in: scope, on: db)
        let statuses = try await SousActionStatusEntry.query(on: db).filter(\.$sousAction.$id ~~ rows.sousActions).count()
        let measurements = try await MeasurementEntry.query(on: db).filter(\.$indicator.$id ~~ rows.indicators).count()
        let targets = try await IndicatorTarget.query(on: db).filter(\.$indicator.$id ~~ rows.indicators).count()
        let assessments = try await ExpectedResultAssessment.query(on: db).filter(\.$expectedResult.$id ~~ rows.results).count()
        // Budget lines (issue 13) are follow-up too: a deletion would cascade them away.
        let budgets = try await BudgetLine.query(on: db).filter(\.$sousAction.$id ~~ rows.sousActions).count()
        let list = FrenchCount.list([(statuses, "statut", nil), (measurements, "mesure", nil), (targets, "cible", nil),
                                     (assessments, "évaluation de résultat", "évaluations de résultats"),
                                     (budgets, "ligne de budget", "lignes de budget")])
        return Target(label: label, followUp: list.isEmpty ? nil : list, ficheCode: ficheCode,
                      feminine: kind == .fiche || kind == .sousAction)
    }

    static func delete(_ kind: Kind, id: Int, in scope: PlanEditor.Scope, on db: any Database) async throws {
        try await db.writeTransaction { tx in
            let target = try await target(kind, id: id, in: scope, on: tx)
            if target.followUp != nil { throw PlanEditorDeletion.refusal(target) }
            let kept = try await PlanEditorTrash.collect(table: table(kind), id: id, target: target, entity: entity(kind),
                                                         conventionID: scope.conventionID, on: tx)
            switch kind {
            case .axe: try await PlanEditorRows.axe(id, in: scope, on: tx).delete(on: tx)
            case .objectif: try await PlanEditorRows.objectif(id, in: scope, on: tx).delete(on: tx)
            case .fiche: try await PlanEditorRows.action(id, in: scope, on: tx).delete(on: tx)
            case .sousAction: try await PlanEditorRows.sousAction(id, in: scope, on: tx).delete(on: tx)
            }
            let entry = try await Audit.record(on: tx, user: scope.user, territoryID: scope.territoryID,
                                               conventionID: scope.conventionID, entity: entity(kind), entityID: id,
                                               actionCode: target.ficheCode,
                                               summary: "\(target.label) \(target.deleted) du plan (restaurable depuis le journal).")
            try await DeletedRow.keep(kept, kind: .planRows, deletion: entry, on: tx)
        }
    }

    static func table(_ kind: Kind) -> String {
        switch kind {
        case .axe: "axes"
        case .objectif: "objectifs"
        case .fiche: "actions"
        case .sousAction: "sous_actions"
        }
    }

    static func entity(_ kind: Kind) -> AuditEntity {
        switch kind {
        case .axe: .axe
        case .objectif: .objectif
        case .fiche: .action
        case .sousAction: .sousAction
        }
    }

    private struct Rows { var sousActions: [Int] = []; var indicators: [Int] = []; var results: [Int] = [] }

    private static func describe(_ kind: Kind, id: Int, in scope: PlanEditor.Scope,
                                 on db: any Database) async throws -> (String, String?, Rows) {
        var actionIDs: [Int] = []
        var rows = Rows()
        let label: String
        var ficheCode: String?
        switch kind {
        case .axe:
            let axe = try await PlanEditorRows.axe(id, in: scope, on: db)
            label = "L'axe \(axe.number)"
            let objectifs = try await Objectif.query(on: db).filter(\.$axe.$id == id).all(\.$id)
            actionIDs = try await PlanAction.query(on: db).filter(\.$objectif.$id ~~ objectifs).all(\.$id)
        case .objectif:
            let objectif = try await PlanEditorRows.objectif(id, in: scope, on: db)
            let axe = try await objectif.$axe.get(on: db)
            label = "L'objectif \(axe.number)-\(objectif.number)"
            actionIDs = try await PlanAction.query(on: db).filter(\.$objectif.$id == id).all(\.$id)
        case .fiche:
            let action = try await PlanEditorRows.action(id, in: scope, on: db)
            label = "La fiche-action \(action.code)"
            ficheCode = action.code
            actionIDs = [id]
        case .sousAction:
            let sousAction = try await PlanEditorRows.sousAction(id, in: scope, on: db)
            label = "La sous-action \(sousAction.code ?? "« \(sousAction.title) »")"
            ficheCode = try await sousAction.$action.get(on: db).code
            rows.sousActions = [id]
        }
        if kind != .sousAction {
            rows.sousActions = try await SousAction.query(on: db).filter(\.$action.$id ~~ actionIDs).all(\.$id)
            rows.indicators = try await Indicator.query(on: db).filter(\.$action.$id ~~ actionIDs).all(\.$id)
            rows.results = try await ExpectedResult.query(on: db).filter(\.$action.$id ~~ actionIDs).all(\.$id)
        }
        return (label, ficheCode, rows)
    }
}
