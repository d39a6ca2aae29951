import Fluent
import SQLKit

/// A measurement's revision (issue 13): an edit saves only if the row is still at the revision
/// the form was opened on, so two people editing the same measurement cannot overwrite each
/// other silently; the second is told, in French, and nothing of theirs is half-written.
struct AddMeasurementRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_measurements")
            // Nullable: Fluent writes an unset optional field as NULL, and rows kept in the journal
            // before this migration come back without one; NULL reads as revision 0.
            .field("revision", .int, .sql(.default(0)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_measurements").deleteField("revision").update()
    }
}
