import Fluent

/// A warning marked « traité » keeps the coordinateur's comment (issue 13 §1): what was done
/// about it, read later in the journal and on the warning itself.
struct AddImportWarningComment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_warnings").field("resolution_comment", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("import_warnings").deleteField("resolution_comment").update()
    }
}
