import Fluent
import SQLKit

/// Files of a structure (règlement, tarifs, dossier d'inscription), stored on disk (issue 10).
/// A removed document keeps its row and file, marked removed, so the journal can bring it back.
struct CreateStructureDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("structure_documents")
            .field(.id, .int, .identifier(auto: true))
            .field("structure_id", .int, .required, .references("structures", .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("filename", .string, .required)
            .field("stored_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("uploaded_at", .datetime, .required)
            .field("removed_at", .datetime)
            .unique(on: "stored_name")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "structure_documents_structure_idx").on("structure_documents").column("structure_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("structure_documents").delete()
    }
}
