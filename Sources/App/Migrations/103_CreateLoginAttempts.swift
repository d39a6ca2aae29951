import Fluent
import SQLKit

/// Failed sign-ins, kept in the database so throttling holds across instances.
struct CreateLoginAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .field(.id, .int, .identifier(auto: true))
            .field("email", .string, .required)
            .field("address", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "login_attempts_email_idx").on("login_attempts").column("email").column("created_at").run()
        try await sql.create(index: "login_attempts_address_idx").on("login_attempts").column("address").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_attempts").delete()
    }
}
