import Fluent
import SQLKit

/// What hangs off an animation besides registrations: the sous-actions it serves, walk-ins
/// counted at the door, and the messages waiting to be sent to registrants (issue 10).
struct CreateAnimationDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("animation_sub_actions")
            .field(.id, .int, .identifier(auto: true))
            .field("animation_id", .int, .required, .references("animations", .id, onDelete: .cascade))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("code", .string, .required)
            .unique(on: "animation_id", "code")
            .create()
        try await database.schema("animation_walk_ins")
            .field(.id, .int, .identifier(auto: true))
            .field("animation_id", .int, .required, .references("animations", .id, onDelete: .cascade))
            .field("commune", .string, .required)
            .field("people", .int, .required)
            .unique(on: "animation_id", "commune")
            .constraint(.sql(raw: "CHECK (people >= 0)"))
            .create()
        try await database.schema("animation_messages")
            .field(.id, .int, .identifier(auto: true))
            .field("animation_id", .int, .required, .references("animations", .id, onDelete: .cascade))
            .field("registration_id", .int, .required, .references("animation_registrations", .id, onDelete: .cascade))
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // Indicators look animations up by the sous-action code within a territory.
        try await sql.create(index: "animation_sub_actions_code_idx").on("animation_sub_actions").column("territory_id").column("code").run()
        try await sql.create(index: "animation_messages_animation_idx").on("animation_messages").column("animation_id").run()
        try await sql.create(index: "animation_messages_registration_idx").on("animation_messages").column("registration_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("animation_messages").delete()
        try await database.schema("animation_walk_ins").delete()
        try await database.schema("animation_sub_actions").delete()
    }
}
