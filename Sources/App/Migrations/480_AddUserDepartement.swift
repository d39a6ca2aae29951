import Fluent
import SQLKit

/// A `caf` account (issue 8 §5) reads every territory of one département: the account
/// stores that département's code ("63", "2A"), nil for every other role. Indexed because
/// `/territoires` and the admin's lists filter on it.
struct AddUserDepartement: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users").field("departement", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "users_departement_idx").on("users").column("departement").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.drop(index: "users_departement_idx").run()
        }
        try await database.schema("users").deleteField("departement").update()
    }
}
