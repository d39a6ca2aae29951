import Fluent
import SQLKit

/// Fluent's session records never expire by themselves, and every visit to the
/// sign-in form creates one. Anything older than the longest session lifetime is
/// of no use: it is deleted at each successful sign-in, a cheap moment to do it.
enum SessionHousekeeping {
    static func prune(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        let days = Int(AccountsSetup.sessionLifetime / 86_400)
        // `created_at` is set by the database (CURRENT_TIMESTAMP), so the cut-off is computed there too.
        if sql.dialect.name == "sqlite" {
            try await sql.raw("DELETE FROM _fluent_sessions WHERE created_at < datetime('now', \(bind: "-\(days) days"))").run()
        } else {
            try await sql.raw("DELETE FROM _fluent_sessions WHERE created_at < now() - \(bind: "\(days) days")::interval").run()
        }
    }
}
