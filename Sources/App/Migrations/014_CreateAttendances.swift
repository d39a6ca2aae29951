import Fluent

struct CreateAttendances: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attendances")
            .field(.id, .int, .identifier(auto: true))
            .field("deliberation_id", .int, .required, .references("deliberations", .id, onDelete: .cascade))
            .field("member", .string, .required)
            .field("kind", .string, .required)
            .field("other", .string)
            .field("position", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("attendances").delete()
    }
}
