import Fluent
import Vapor

extension AssessmentEdit {
    /// « Restaurer » on a correction in the journal: the judgement before it, over whatever is there now.
    static func undo(_ kept: DeletedRow, by user: User, on db: any Database) async throws {
        let old = try kept.decoded(ExpectedResultAssessment.self)
        guard let id = old.id, let current = try await ExpectedResultAssessment.find(id, on: db),
              let result = try await ExpectedResult.find(current.$expectedResult.id, on: db),
              let action = try await PlanAction.find(result.$action.id, on: db) else {
            throw AppError.conflict("Cette évaluation a été supprimée depuis : l'évaluation précédente ne peut pas être remise.")
        }
        guard try await write(status: old.statusRaw, comment: old.comment, to: id,
                              ifStatus: current.statusRaw, comment: current.comment ?? "", on: db) else {
            throw AppError.conflict(staleRefusal)
        }
        try await Audit.record(on: db, user: user, action: action, entity: .expectedResult, entityID: result.id,
                               field: "Résultat attendu n° \(result.position + 1) — \(old.year) (évaluation précédente restaurée depuis le journal)",
                               before: ExpectedResultController.describe(current), after: ExpectedResultController.describe(old))
    }
}
