import Fluent
import SQLKit

/// The youth council (issue 12, fiche 4-1-1): règlement versions, elections, colleges, voters
/// by age, candidates and single-use codes. Ballots exist only as counts (`ccj_colleges.ballots`,
/// `ccj_candidates.votes`), so no row of any table can be traced back to the code that cast it.
struct CreateCCJ: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("ccj_rules")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("version", .int, .required)
            .field("adopted_on", .string, .required)
            .field("body", .string, .required)
            .unique(on: "territory_id", "version")
            .create()
        try await database.schema("ccj_elections")
            .field(.id, .int, .identifier(auto: true))
            .field("territory_id", .int, .required, .references("territories", .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("college_kind", .string, .required)
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            .field("tie_rule", .string, .required)
            .field("action_code", .string, .required)
            .constraint(.sql(raw: "CHECK (opens_on <= closes_on)"))
            .create()
        try await database.schema("ccj_colleges")
            .field(.id, .int, .identifier(auto: true))
            .field("election_id", .int, .required, .references("ccj_elections", .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("seats", .int, .required)
            .field("ballots", .int, .required)
            .unique(on: "election_id", "name")
            .constraint(.sql(raw: "CHECK (seats > 0 AND ballots >= 0)"))
            .create()
        try await database.schema("ccj_voter_ages")
            .field(.id, .int, .identifier(auto: true))
            .field("college_id", .int, .required, .references("ccj_colleges", .id, onDelete: .cascade))
            .field("age", .int, .required)
            .field("voters", .int, .required)
            .unique(on: "college_id", "age")
            .constraint(.sql(raw: "CHECK (voters >= 0)"))
            .create()
        try await database.schema("ccj_candidates")
            .field(.id, .int, .identifier(auto: true))
            .field("college_id", .int, .required, .references("ccj_colleges", .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("birth_date", .string, .required)
            .field("statement", .string, .required)
            .field("votes", .int, .required)
            .constraint(.sql(raw: "CHECK (votes >= 0)"))
            .create()
        try await database.schema("ccj_codes")
            .field(.id, .int, .identifier(auto: true))
            .field("college_id", .int, .required, .references("ccj_colleges", .id, onDelete: .cascade))
            .field("code", .string, .required)
            .field("used", .bool, .required)
            .unique(on: "code")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "ccj_rules_territory_idx").on("ccj_rules").column("territory_id").column("adopted_on").run()
        try await sql.create(index: "ccj_elections_territory_idx").on("ccj_elections").column("territory_id").column("opens_on").run()
        try await sql.create(index: "ccj_colleges_election_idx").on("ccj_colleges").column("election_id").run()
        try await sql.create(index: "ccj_voter_ages_college_idx").on("ccj_voter_ages").column("college_id").run()
        try await sql.create(index: "ccj_candidates_college_idx").on("ccj_candidates").column("college_id").run()
        try await sql.create(index: "ccj_codes_college_idx").on("ccj_codes").column("college_id").column("used").run()
        try await ContentVersionTriggers.install(on: sql, tables: [
            "ccj_rules", "ccj_elections", "ccj_colleges", "ccj_voter_ages", "ccj_candidates", "ccj_codes",
        ])
    }

    func revert(on database: any Database) async throws {
        for table in ["ccj_codes", "ccj_candidates", "ccj_voter_ages", "ccj_colleges", "ccj_elections", "ccj_rules"] {
            try await database.schema(table).delete()
        }
    }
}
