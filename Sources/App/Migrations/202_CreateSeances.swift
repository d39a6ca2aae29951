import Fluent

/// A sitting of the council. `members_in_office` is frozen when the séance is recorded,
/// so a later change of the council does not rewrite past verdicts.
struct CreateSeances: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("seances")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("session_date", .string, .required)
            .field("session_time", .string)
            .field("place", .string)
            .field("convoked_on", .string)
            .field("president", .string)
            .field("secretary", .string)
            .field("second_convocation", .bool, .required)
            .field("members_in_office", .int, .required)
            .field("declared_present", .int)
            .field("declared_represented", .int)
            .field("declared_voters", .int)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("seances").delete()
    }
}
