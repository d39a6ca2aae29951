import Fluent
import FluentSQL
import SQLKit

/// Files attached to a deliberation, a séance, a fiche, a sous-action or a measurement (issue 13,
/// « Fichiers »). One nullable key per owner kind, and the database itself refuses a row with none
/// or two. The bytes live in the DocumentStore; a removed file keeps its row and bytes until purged.
struct CreateAttachments: AsyncMigration {
    static let owners = ["deliberation_id", "seance_id", "action_id", "sous_action_id", "measurement_id"]

    func prepare(on database: any Database) async throws {
        let exactlyOne = Self.owners.map { "(CASE WHEN \($0) IS NULL THEN 0 ELSE 1 END)" }.joined(separator: " + ")
        try await database.schema("attachments")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("deliberation_id", .int, .references("deliberations", .id, onDelete: .cascade))
            .field("seance_id", .int, .references("seances", .id, onDelete: .cascade))
            .field("action_id", .int, .references("actions", .id, onDelete: .cascade))
            .field("sous_action_id", .int, .references("sous_actions", .id, onDelete: .cascade))
            .field("measurement_id", .int, .references("indicator_measurements", .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("filename", .string, .required)
            .field("stored_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("is_public", .bool, .required)
            .field("uploaded_by", .int, .references("users", .id, onDelete: .setNull))
            .field("uploaded_by_email", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .field("removed_at", .datetime)
            .unique(on: "stored_name")
            .constraint(.sql(raw: "CHECK (\(exactlyOne) = 1)"))
            .constraint(.sql(raw: "CHECK (size > 0)"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        for column in ["territory_id", "uploaded_by"] + Self.owners {
            try await sql.create(index: "attachments_\(column)_idx").on("attachments").column(column).run()
        }
        try await ContentVersionTriggers.install(on: sql, tables: ["attachments"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("attachments").delete()
    }
}
