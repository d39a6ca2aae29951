import CTGCore
import Fluent

/// Keeps the import's warnings, each tied to the fiche it concerns when it does,
/// so the fiche page shows them where they apply.
enum WarningWriter {
    static func replace(_ document: ParsedDocument, conventionID: Int, on db: any Database) async throws {
        try await ImportWarning.query(on: db).filter(\.$convention.$id == conventionID).delete()
        let actions = document.plan.axes.flatMap(\.objectives).flatMap(\.actions)
        for (position, message) in document.warnings.enumerated() {
            let code = actions.first { $0.warnings.contains(message) }?.code
            try await ImportWarning(conventionID: conventionID, actionCode: code,
                                    message: message, position: position).save(on: db)
        }
    }
}
