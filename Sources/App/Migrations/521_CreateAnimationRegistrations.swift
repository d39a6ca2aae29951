import Fluent
import SQLKit

/// Registrations to animations (issue 10); the database refuses a status it does not know
/// and a registration of no place.
struct CreateAnimationRegistrations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("animation_registrations")
            .field(.id, .int, .identifier(auto: true))
            .field("animation_id", .int, .required, .references("animations", .id, onDelete: .cascade))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("places", .int, .required)
            .field("commune", .string, .required)
            .field("children_ages", .string, .required)
            .field("status", .string, .required)
            .field("token_hash", .string, .required)
            .field("attended", .bool)
            .field("created_at", .datetime, .required)
            .field("purged_at", .datetime)
            .unique(on: "token_hash")
            .constraint(.sql(raw: "CHECK (places > 0)"))
            .constraint(.sql(raw: "CHECK (status IN ('confirmed', 'waitlisted', 'cancelled'))"))
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The capacity sum and the waitlist read an animation's rows by status, in order.
        try await sql.create(index: "animation_registrations_animation_idx").on("animation_registrations")
            .column("animation_id").column("status").column("id").run()
        try await sql.create(index: "animation_registrations_email_idx").on("animation_registrations").column("email").run()
        try await sql.create(index: "animation_registrations_territory_idx").on("animation_registrations").column("territory_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("animation_registrations").delete()
    }
}
