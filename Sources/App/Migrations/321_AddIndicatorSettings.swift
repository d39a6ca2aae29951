import Fluent

/// What the coordinateur sets on an imported indicator line. Every column is
/// nullable: the import creates indicators knowing only their label, and a
/// null kind reads as "nombre" until someone chooses.
struct AddIndicatorSettings: AsyncMigration {
    static let columns: [(FieldKey, DatabaseSchema.DataType)] = [
        ("kind", .string), ("unit", .string), ("baseline_value", .double), ("baseline_date", .string),
        ("periodicity", .string), ("target_direction", .string), ("computed_source", .string),
    ]

    func prepare(on database: any Database) async throws {
        // One ALTER per column: SQLite cannot add several in one statement.
        for (key, type) in Self.columns {
            try await database.schema("indicators").field(key, type).update()
        }
    }

    func revert(on database: any Database) async throws {
        for (key, _) in Self.columns {
            try await database.schema("indicators").deleteField(key).update()
        }
    }
}
