import Fluent

/// The guard of every write that replaces a convention's plan (`ctg import` of a
/// document, the spreadsheet import): what the plan holds is counted before the
/// write and after it, inside the same transaction, and a write that removed
/// follow-up data (statuses, measurements, assessments…) is refused, so the
/// transaction rolls back, unless `replace` was asked for. A snapshot taken before
/// the write is the way back.
struct PlanGuard: Sendable {
    let before: PlanLedger
    let replace: Bool
    /// The restorable copy of the plan as it was, when one was taken.
    let snapshotID: Int?

    /// Reads the plan before the write; `snapshotReason` takes a snapshot first.
    static func begin(conventionID: Int, replace: Bool, snapshotReason: String?,
                      on db: any Database) async throws -> PlanGuard {
        let before = try await PlanLedger.read(conventionID: conventionID, on: db)
        var snapshotID: Int?
        if let snapshotReason {
            snapshotID = try await PlanBackup.take(conventionID: conventionID, reason: snapshotReason, on: db).requireID()
        }
        return PlanGuard(before: before, replace: replace, snapshotID: snapshotID)
    }

    /// What the write removed; throws (so nothing stays written) when follow-up went without `replace`.
    func check(conventionID: Int, hint: String, on db: any Database) async throws -> ImportLoss {
        let loss = before.removed(after: try await PlanLedger.read(conventionID: conventionID, on: db))
        if loss.carriesFollowUp && !replace {
            throw AppError.conflict("Import refusé : \(loss.sentence(conditional: true)). \(hint)")
        }
        return loss
    }
}
