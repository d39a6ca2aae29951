import Fluent

/// One titulaire's attendance at a séance. Names are copied from the council so the
/// register still reads right after a member leaves it.
struct CreateSeanceAttendances: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("seance_attendances")
            .field(.id, .int, .identifier(auto: true))
            .field("seance_id", .int, .required, .references("seances", .id, onDelete: .cascade))
            .field("member_id", .int, .references("council_members", .id, onDelete: .setNull))
            .field("member_name", .string, .required)
            .field("status", .string, .required)
            // The proxy holder, or the suppléant who sat.
            .field("other_name", .string)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("seance_attendances").delete()
    }
}
