import Fluent

/// An optional display name on accounts ("Marie Dupont"), shown instead of the e-mail address
/// in the navigation and the users list (issue 13, "Accounts that look after themselves").
/// Nothing filters or sorts on it, so it gets no index.
struct AddUserDisplayName: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("display_name", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("display_name").update()
    }
}
