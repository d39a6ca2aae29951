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
        for (position, message) in (document.warnings + extra).enumerated() {
            let code = actions.first { $0.warnings.contains(message) }?.code
            try await ImportWarning(conventionID: conventionID, actionCode: code,
                                    message: message, position: position).save(on: db)
        }
    }
}
