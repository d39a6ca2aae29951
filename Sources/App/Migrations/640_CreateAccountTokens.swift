import Fluent
import SQLKit

/// Single-use links to set a password (issue 13 §4): an invitation or a reset. Only the
/// token's SHA-256 is stored, so a copy of the database cannot be used to sign in.
struct CreateAccountTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("account_tokens")
            .field(.id, .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references("users", .id, onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("purpose", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("created_at", .datetime, .required)
            .field("created_by", .string, .required)
            .unique(on: "token_hash")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The users' list shows each account's pending link; a new link revokes the older ones.
        try await sql.create(index: "account_tokens_user_idx").on("account_tokens").column("user_id").run()
        try await ContentVersionTriggers.install(on: sql, tables: ["account_tokens"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("account_tokens").delete()
    }
}
