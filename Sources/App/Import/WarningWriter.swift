import CTGCore
import Fluent

/// Keeps the import's warnings, each tied to the fiche it concerns when it does,
/// so the fiche page shows them where they apply.
enum WarningWriter {
    /// `extra`: the import's own warnings (names the territory's aliases leave ambiguous).
    static func replace(_ document: ParsedDocument, extra: [String] = [], conventionID: Int,
                        on db: any Database) async throws {
        try await ImportWarning.query(on: db).filter(\.$convention.$id == conventionID).delete()
        let actions = document.plan.axes.flatMap(\.objectives).flatMap(\.actions)
        let rows = (document.warnings + extra).enumerated().map { position, message in
            ImportWarning(conventionID: conventionID, actionCode: actions.first { $0.warnings.contains(message) }?.code,
                          message: message, position: position)
        }
        try await rows.create(on: db)
    }
}
