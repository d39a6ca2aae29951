import Fluent
import SQLKit

/// Two sous-actions of one fiche never share a code, even when two people add one at
/// the same moment (issue 8 §4). Codes may be absent (an imported row without one):
/// both engines let several NULLs through a unique index.
struct UniqueSousActionCodes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "sous_actions_action_code_key").unique().on("sous_actions")
            .column("action_id").column("code").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "sous_actions_action_code_key").run()
    }
}
