import Fluent

/// Links a deliberation to its séance and records its vote, publicity and ACTES subject.
/// `seance_id` carries no foreign-key clause: SQLite cannot add one to an existing table,
/// and the séance is looked up by id anyway; deleting a séance is not offered.
struct AddRegisterFieldsToDeliberations: AsyncMigration {
    static let columns: [(String, DatabaseSchema.DataType)] = [
        ("seance_id", .int), ("agenda_position", .int),
        ("vote_pour", .int), ("vote_contre", .int), ("vote_abstentions", .int), ("vote_ne_prend_pas_part", .int),
        ("president_vote", .string), ("secret_ballot", .bool),
        ("publication_mode", .string), ("matiere_code", .string), ("matiere_nom", .string),
    ]

    // One ALTER per column: SQLite refuses several alterations in one statement.
    func prepare(on database: any Database) async throws {
        for (name, type) in Self.columns {
            try await database.schema("deliberations").field(.string(name), type).update()
        }
    }

    func revert(on database: any Database) async throws {
        for (name, _) in Self.columns.reversed() {
            try await database.schema("deliberations").deleteField(.string(name)).update()
        }
    }
}
