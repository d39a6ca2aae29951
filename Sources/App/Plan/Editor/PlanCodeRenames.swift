import CTGCore
import Fluent
import SQLKit

extension PlanEditorMove {
    /// Swaps the codes of two subtrees ("1-2" ↔ "1-3": fiches, sous-actions, and the fiche
    /// codes that warnings and journal entries point with) in the scope's convention.
    /// In two steps through a "~" prefix, since the unique indexes forbid an
    /// intermediate state where two rows share a code.
    static func renumberCodes(_ first: PlanCode, _ second: PlanCode, scope: PlanEditor.Scope, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let conventionID = scope.conventionID
        let actionCodes = try await PlanAction.query(on: db).filter(\.$convention.$id == conventionID).all(\.$code)
        let fiches = PlanNumbering.swapRenames(first, second, codes: actionCodes)
        let actionIDs = SQLQueryString("SELECT id FROM actions WHERE convention_id = \(bind: conventionID)")
        let subCodes = try await sql.raw("SELECT code FROM sous_actions WHERE action_id IN (\(actionIDs)) AND code IS NOT NULL")
            .all().map { try $0.decode(column: "code", as: String.self) }
        let sousActions = PlanNumbering.swapRenames(first, second, codes: subCodes)
        let targets: [(table: String, column: String, scope: SQLQueryString, renames: [String: String])] = [
            ("actions", "code", "convention_id = \(bind: conventionID)", fiches),
            ("sous_actions", "code", "action_id IN (\(actionIDs))", sousActions),
            ("import_warnings", "action_code", "convention_id = \(bind: conventionID)", fiches),
            ("audit_entries", "action_code", "convention_id = \(bind: conventionID)", fiches),
        ]
        for target in targets where !target.renames.isEmpty {
            for (old, new) in target.renames {
                try await sql.raw("""
                    UPDATE \(ident: target.table) SET \(ident: target.column) = \(bind: "~" + new) \
                    WHERE \(target.scope) AND \(ident: target.column) = \(bind: old)
                    """).run()
            }
            try await sql.raw("""
                UPDATE \(ident: target.table) SET \(ident: target.column) = SUBSTR(\(ident: target.column), 2) \
                WHERE \(target.scope) AND \(ident: target.column) LIKE '~%'
                """).run()
        }
    }
}
