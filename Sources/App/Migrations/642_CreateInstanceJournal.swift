import Fluent
import SQLKit

/// The journal of what belongs to no territory (issue 13 §4): instance admin and CAF accounts,
/// created, reset or deactivated. A territory's changes stay in `audit_entries`.
struct CreateInstanceJournal: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("instance_journal")
            .field(.id, .int, .identifier(auto: true))
            .field("created_at", .datetime, .required)
            .field("author", .string, .required)
            .field("subject_user_id", .int, .references("users", .id, onDelete: .setNull))
            .field("summary", .string, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "instance_journal_created_idx").on("instance_journal").column("created_at").run()
        try await sql.create(index: "instance_journal_subject_idx").on("instance_journal").column("subject_user_id").run()
        try await ContentVersionTriggers.install(on: sql, tables: ["instance_journal"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("instance_journal").delete()
    }
}
