import CTGCore
import Fluent
import Foundation

/// A plan spreadsheet written over a convention's plan, in one write transaction:
/// read and checked against the plan as it is, written by the document importer's
/// `PlanWriter` (rows kept by their codes, so statuses stay with their sous-action),
/// guarded by `PlanGuard` (nothing carrying people's follow-up goes without `replace`),
/// with a snapshot of the plan before and an entry in the journal.
struct PlanSheetImport {
    var conventionID: Int
    var sourceName: String
    var user: User?
    var replace = false
    var dryRun = false

    struct Outcome: Sendable {
        /// One French line per change, in plan order; empty when the file is the plan as it is.
        var changes: [String]
        /// "2 sous-actions et 1 statut ont été supprimés", when something went.
        var removed: String?
        var snapshotID: Int?
        var dryRun: Bool
    }

    static let replaceHint = "Rien n'a été écrit. Pour remplacer le plan malgré tout, importez à nouveau en cochant "
        + "« Remplacer malgré tout » (ou avec --replace) : le plan actuel et son suivi seront d'abord sauvegardés dans un instantané restaurable."

    /// Throws `PlanSheetProblems` (every problem of the file) or an `AppError`; either way nothing is written.
    func run(_ table: SheetTable, on db: any Database) async throws -> Outcome {
        do {
            return try await db.writeTransaction { tx in try await write(table, on: tx) }
        } catch let rollback as DryRunRollback {
            return rollback.outcome
        }
    }

    private func write(_ table: SheetTable, on db: any Database) async throws -> Outcome {
        let tree = try await PlanTree.load(conventionID: conventionID, on: db)
        let current = tree.parsedDocument(deliberation: nil).plan
        let plan = try PlanSheet.read(table, over: current).get()
        let changes = PlanSheetChanges.between(current, plan)
        guard !changes.isEmpty else { return Outcome(changes: [], snapshotID: nil, dryRun: dryRun) }
        let territoryID = try tree.territory.requireID()
        let planGuard = try await PlanGuard.begin(conventionID: conventionID, replace: replace,
                                                  snapshotReason: "Avant import du tableur « \(sourceName) »", on: db)
        // The one place the spreadsheet import resolves organisation names.
        // The sheet's names are read like a document's, against the convention's CAF.
        var document = tree.parsedDocument(deliberation: nil)
        document.plan = plan
        let organisations = try await OrganisationDirectory.sync(document, territory: tree.territory,
                                                                 cafName: tree.convention.cafName, on: db)
        try await PlanWriter(conventionID: conventionID, organisations: organisations, db: db).write(plan)
        let loss = try await planGuard.check(conventionID: conventionID, hint: Self.replaceHint, on: db)
        let outcome = Outcome(changes: changes, removed: loss.isEmpty ? nil : loss.sentence(conditional: false),
                              snapshotID: planGuard.snapshotID, dryRun: dryRun)
        if dryRun { throw DryRunRollback(outcome: outcome) }
        let count = changes.count == 1 ? "1 modification" : "\(changes.count) modifications"
        try await Audit.record(on: db, user: user, territoryID: territoryID, conventionID: conventionID,
                               entity: .planImport, entityID: planGuard.snapshotID,
                               summary: "Import du tableur « \(sourceName) »\(replace ? " (remplacement)" : "") : \(count)"
                                   + (outcome.removed.map { " ; \($0)" } ?? "")
                                   + ". Plan précédent dans l'instantané n° \(planGuard.snapshotID ?? 0).")
        return outcome
    }

    /// Thrown at the end of a dry run, so the transaction rolls back with the outcome in hand.
    private struct DryRunRollback: Error {
        var outcome: Outcome
    }
}
