import Fluent
import FluentSQL
import SQLKit

/// Chantiers internationaux de jeunes (issue 12, fiche 4-1-2): a commune's request, the dated
/// steps of its follow-up, and the documents attached to it. The commune's name is kept beside
/// its organisation, so a merge or removal of the organisation leaves the request readable.
struct CreateChantiers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let statuses = ChantierStatusSQL.list
        try await database.schema("chantier_requests")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("organisation_id", .int, .references("organisations", .id, onDelete: .setNull))
            .field("commune", .string, .required)
            .field("site", .string, .required)
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("young_people", .int, .required)
            .field("partner", .string, .required)
            .field("estimate_cents", .int)
            .field("status", .string, .required)
            .field("received_on", .string, .required)
            .constraint(.sql(raw: "CHECK (first_day <= last_day)"))
            .constraint(.sql(raw: "CHECK (young_people > 0)"))
            .constraint(.sql(raw: "CHECK (estimate_cents IS NULL OR estimate_cents >= 0)"))
            .constraint(.sql(raw: "CHECK (status IN (\(statuses)))"))
            .create()
        try await database.schema("chantier_steps")
            .field(.id, .int, .identifier(auto: true))
            .field("request_id", .int, .required, .references("chantier_requests", .id, onDelete: .cascade))
            .field("status", .string, .required)
            .field("day", .string, .required)
            .field("author", .string, .required)
            .field("comment", .string, .required)
            .create()
        try await database.schema("chantier_documents")
            .field(.id, .int, .identifier(auto: true))
            .field("request_id", .int, .required, .references("chantier_requests", .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("filename", .string, .required)
            .field("stored_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "chantier_requests_territory_idx").on("chantier_requests").column("territory_id").column("received_on").run()
        try await sql.create(index: "chantier_requests_organisation_idx").on("chantier_requests").column("organisation_id").run()
        try await sql.create(index: "chantier_steps_request_idx").on("chantier_steps").column("request_id").run()
        try await sql.create(index: "chantier_documents_request_idx").on("chantier_documents").column("request_id").run()
        try await ContentVersionTriggers.install(on: sql, tables: ["chantier_requests", "chantier_steps", "chantier_documents"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("chantier_documents").delete()
        try await database.schema("chantier_steps").delete()
        try await database.schema("chantier_requests").delete()
    }
}

/// The statuses as a SQL list, fixed in the migration: a status added later needs its own migration.
enum ChantierStatusSQL {
    static let list = "'recue', 'etudiee', 'devis', 'programmee', 'realisee', 'abandonnee'"
}
