import Fluent

/// The council of a territory: titulaires and their suppléants, with mandate dates.
struct CreateCouncilMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("council_members")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("commune", .string)
            .field("role", .string, .required)
            // A suppléant sits for one titulaire (CGCT L5211-6); the link goes when the titulaire goes.
            .field("titulaire_id", .int, .references("council_members", .id, onDelete: .setNull))
            .field("mandate_start", .string)
            .field("mandate_end", .string)
            .unique(on: "territory_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("council_members").delete()
    }
}
