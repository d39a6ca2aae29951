@testable import App
import CTGCore
import Fluent
import SQLKit
import Testing
import Vapor

/// The secret of the ballot, proven on the stored data: after a vote, no column of any table
/// holds the used code except its own row in `ccj_codes`, that row holds nothing but its college
/// and `used`, and no table points to `ccj_codes`.
@Suite struct CCJSecrecyTests {
    @Test func noStoredRowLeadsFromABallotToItsCode() async throws {
        try await withApp { app in
            let f = try await CCJFixture.make(app)
            app.pilotageClock = .fixed(CCJFixture.during)
            let code = f.codesA[4]
            #expect(try await f.vote(app, code: code, college: f.collegeA, choices: [f.candidatesA[1]]).status == .created)
            let sql = try #require(app.db as? any SQLDatabase)

            // The code's row: college and used flag, no time, no ballot.
            #expect(try await Self.columns(of: "ccj_codes", on: sql) == ["code", "college_id", "id", "used"])
            // No foreign key of any table leads to a code.
            let references = try await Self.tablesReferencing("ccj_codes", on: sql)
            #expect(references.isEmpty, "tables pointant vers ccj_codes : \(references)")
            // Every text of every table (journal, sessions, cached pages included): the code is only in ccj_codes.
            var holders: [String] = []
            for table in try await ContentVersionTriggers.tables(on: sql) {
                for column in try await Self.columns(of: table, on: sql) {
                    let rows = try await sql.raw("SELECT CAST(\(ident: column) AS TEXT) AS v FROM \(ident: table)").all()
                    let values = try rows.compactMap { try $0.decode(column: "v", as: String?.self) }
                    if values.contains(where: { $0.contains(code) || $0.contains(VotingCode.display(code)) }) {
                        holders.append("\(table).\(column)")
                    }
                }
            }
            #expect(holders == ["ccj_codes.code"])
            // The ballot itself exists only as counts: one more ballot in the college, one more vote.
            #expect(try await CCJCollege.find(f.collegeA, on: app.db)?.ballots == 1)
            #expect(try await CCJCandidate.find(f.candidatesA[1], on: app.db)?.votes == 1)
            let journal = try await AuditEntry.query(on: app.db).filter(\.$entity == .ccj).sort(\.$id, .descending).first()
            #expect(journal?.summary == "Élection « Élection du conseil des jeunes 2026 » : un bulletin déposé dans le collège « Collège Les Tilleuls »")
            #expect(journal?.userEmail == "visiteur du site public")
        }
    }

    static func columns(of table: String, on sql: any SQLDatabase) async throws -> [String] {
        let query: SQLQueryString = sql.dialect.name == "postgresql"
            ? "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = \(bind: table)"
            : "SELECT name FROM pragma_table_info(\(bind: table))"
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }.sorted()
    }

    static func tablesReferencing(_ target: String, on sql: any SQLDatabase) async throws -> [String] {
        if sql.dialect.name == "postgresql" {
            return try await sql.raw("""
                SELECT conrelid::regclass::text AS name FROM pg_constraint
                WHERE contype = 'f' AND confrelid = \(bind: target)::regclass
                """).all().map { try $0.decode(column: "name", as: String.self) }
        }
        var found: [String] = []
        for table in try await ContentVersionTriggers.tables(on: sql) {
            let targets = try await sql.raw("SELECT \"table\" AS t FROM pragma_foreign_key_list(\(bind: table))").all()
                .map { try $0.decode(column: "t", as: String.self) }
            if targets.contains(target) { found.append(table) }
        }
        return found
    }
}
