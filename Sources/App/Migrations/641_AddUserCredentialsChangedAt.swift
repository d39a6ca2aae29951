import Fluent

/// When an account's password was last set or the account deactivated: sessions opened before
/// that moment are ended at their next request (issue 13 §4). Nil for accounts never changed.
struct AddUserCredentialsChangedAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("credentials_changed_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("credentials_changed_at").update()
    }
}
