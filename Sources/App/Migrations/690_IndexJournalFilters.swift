import Fluent
import SQLKit

/// The journal's filters by person and by kind (issue 13): each an index range within the
/// territory, newest first, instead of a scan of the territory's whole journal. The instance
/// journal gets the same by author.
struct IndexJournalFilters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "audit_entries_author_idx").on("audit_entries")
            .column("territory_id").column("user_email").column("created_at").run()
        try await sql.create(index: "audit_entries_kind_idx").on("audit_entries")
            .column("territory_id").column("entity").column("created_at").run()
        try await sql.create(index: "instance_journal_author_idx").on("instance_journal")
            .column("author").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for name in ["audit_entries_author_idx", "audit_entries_kind_idx", "instance_journal_author_idx"] {
            try await sql.drop(index: name).run()
        }
    }
}
