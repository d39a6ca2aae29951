import Fluent
import SQLKit

/// The scheduled prune (`SessionHousekeeping`) deletes sessions by age; the
/// index keeps that a range scan however many rows pile up. Plain SQL, the
/// same on SQLite and PostgreSQL.
struct IndexSessionsCreatedAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX IF NOT EXISTS fluent_sessions_by_created_at ON _fluent_sessions (created_at)").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP INDEX IF EXISTS fluent_sessions_by_created_at").run()
    }
}
