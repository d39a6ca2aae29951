import Fluent
import Vapor

/// « Restaurer » on a deletion in `/admin/journal`: the coordinateur brings the row back,
/// once, with its own journal entry. Only deletions that kept their row offer it.
enum JournalRestore {
    static let notFound = "Cette suppression n'existe pas ou ne peut pas être restaurée."
    static let alreadyDone = "Cette suppression a déjà été annulée : la ligne a été restaurée."

    @Sendable static func restore(req: Request) async throws -> Response {
        let user = try req.requireRole(.coordinateur)
        guard let entryID = req.parameters.get("entryID", as: Int.self),
              let kept = try await DeletedRow.query(on: req.db).filter(\.$auditEntry.$id == entryID)
                .filter(\.$territory.$id == user.territoryID).first() else {
            throw AppError.notFound(notFound)
        }
        guard kept.restoredAt == nil else { throw AppError.conflict(alreadyDone) }
        try await req.db.writeTransaction { tx in
            guard try await kept.claimForRestoration(on: tx) else { throw AppError.conflict(alreadyDone) }
            switch kept.kind {
            case .measurement: try await MeasurementRestore.restore(kept, by: user, on: tx)
            case .measurementEdit: try await MeasurementEdit.undo(kept, by: user, on: tx)
            case .councilMember: try await CouncilRemoval.restore(kept, by: user, on: tx)
            case .planRows: try await PlanEditorTrash.restore(kept, by: user, on: tx)
            case .organisationMerge: try await OrganisationMerge.undo(kept, by: user, on: tx)
            case .structureDocument: try await DocumentUpload.restore(kept, by: user, on: tx)
            case .attachment: try await AttachmentFiles.restore(kept, by: user, on: tx)
            case .budgetLine: try await BudgetLineRestore.restore(kept, by: user, on: tx)
            case .seanceAttendance: try await SeanceAttendanceRestore.restore(kept, by: user, on: tx)
            case .cancellation: try await CancellationRecorder.restore(kept, by: user, on: tx)
            case .assessmentEdit: try await AssessmentEdit.undo(kept, by: user, on: tx)
            case .surveyQuestion: try await SurveyEditor.restoreQuestion(kept, by: user, on: tx)
            }
        }
        return req.redirect(to: SiteURL.adminJournal.path + "?restaure=1", redirectType: .normal)
    }

    /// The entries of a journal page that can still be restored.
    static func restorable(_ entryIDs: [Int], on db: any Database) async throws -> Set<Int> {
        guard !entryIDs.isEmpty else { return [] }
        let rows = try await DeletedRow.query(on: db).filter(\.$auditEntry.$id ~~ entryIDs)
            .filter(\.$restoredAt == nil).all()
        return Set(rows.map { $0.$auditEntry.id })
    }
}
