import Fluent
import FluentSQL

/// Fluent's session table (`_fluent_sessions`, read and written by Fluent's
/// `SessionRecord`), so sessions live in the database and instances share them.
/// Created here rather than with `SessionRecord.migration` to add `created_at`,
/// filled by the database itself since the model does not know it: it lets old
/// sessions be pruned (see `SessionHousekeeping`).
struct CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema)
            .id()
            .field("key", .string, .required)
            .field("data", .json, .required)
            .field("created_at", .datetime, .required, .sql(unsafeRaw: "DEFAULT CURRENT_TIMESTAMP"))
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema).delete()
    }
}
