import Fluent
import SQLKit

/// One row per create form already carried out, keyed by the random token the form
/// carried: a replayed or double-clicked form finds its token here and writes nothing.
struct CreateFormSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("form_submissions")
            .field(.id, .int, .identifier(auto: true))
            .field("token", .string, .required)
            // Where the first submission sent the browser, so a replay answers the same.
            .field("location", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "token")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Old tokens are pruned by age.
        try await sql.create(index: "form_submissions_created_idx").on("form_submissions").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("form_submissions").delete()
    }
}
