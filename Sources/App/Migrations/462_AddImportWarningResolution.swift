import Fluent
import SQLKit

/// An import warning stays on the plan until a coordinateur marks it dealt with
/// (issue 8 §4): when and by whom, so the journal and the page can say it.
struct AddImportWarningResolution: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema("import_warnings").field("resolved_at", .datetime).update()
        try await database.schema("import_warnings").field("resolved_by", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        // Pages list a convention's open warnings.
        try await sql.create(index: "import_warnings_convention_resolved_idx").on("import_warnings")
            .column("convention_id").column("resolved_at").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "import_warnings_convention_resolved_idx").run()
        }
        try await database.schema("import_warnings").deleteField("resolved_by").update()
        try await database.schema("import_warnings").deleteField("resolved_at").update()
    }
}
