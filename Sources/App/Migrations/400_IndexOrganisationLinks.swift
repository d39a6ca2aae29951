import Fluent
import SQLKit

/// A merge of two organisations moves every row that points at one of them: the links
/// are looked up by `organisation_id`, so each of those columns gets its index.
struct IndexOrganisationLinks: AsyncMigration {
    static let indexes = [("action_organisations_organisation_idx", "action_organisations"),
                          ("sous_action_funders_organisation_idx", "sous_action_funders"),
                          ("users_organisation_idx", "users")]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, table) in Self.indexes {
            try await sql.create(index: SQLIdentifier(name)).on(table).column("organisation_id").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for (name, _) in Self.indexes { try await sql.drop(index: SQLIdentifier(name)).run() }
    }
}
