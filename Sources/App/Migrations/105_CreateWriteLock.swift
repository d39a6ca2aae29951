import Fluent

/// An always-empty table: on SQLite, `writeTransaction` starts with a no-op delete
/// from it, which takes the database's write lock before anything is read.
struct CreateWriteLock: AsyncMigration {
    static let table = "write_lock"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .field(.id, .int, .identifier(auto: true))
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.table).delete()
    }
}
