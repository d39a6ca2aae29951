import CTGCore
import Fluent
import Vapor

extension AuditEntity {
    static let ccj: AuditEntity = "ccj"
}

/// One version of the council's règlement (fiche 4-1-1-A); the version in force is the
/// latest adopted on or before today. Versions are never edited: a change is a new version.
final class CCJRule: Model, @unchecked Sendable {
    static let schema = "ccj_rules"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "version") var version: Int
    /// "YYYY-MM-DD", the day the council adopted it.
    @Field(key: "adopted_on") var adoptedOn: String
    @Field(key: "body") var body: String
    init() {}
}

/// An election of the council (fiche 4-1-1-B): its colleges, voting days and tie rule.
final class CCJElection: Model, @unchecked Sendable {
    static let schema = "ccj_elections"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "territory_id") var territory: Territory
    @Field(key: "title") var title: String
    /// "ecole" or "commune": what the colleges are.
    @Field(key: "college_kind") var collegeKind: String
    @Field(key: "opens_on") var opensOn: String
    @Field(key: "closes_on") var closesOn: String
    @Field(key: "tie_rule") var tieRule: String
    /// The fiche (or sous-action) code whose indicators count this election, e.g. "4-1-1"; may be empty.
    @Field(key: "action_code") var actionCode: String
    init() {}

    var rule: CCJTieRule { CCJTieRule(rawValue: tieRule) ?? .youngest }
    var window: CCJVotingWindow? {
        guard let opens = CivilDate(opensOn), let closes = CivilDate(closesOn) else { return nil }
        return CCJVotingWindow(opens: opens, closes: closes)
    }
    /// "du 16/03/2026 au 20/03/2026", as every page and the printed codes say it.
    var span: String { window.map { "du \($0.opens.french) au \($0.closes.french)" } ?? "" }
    var collegeNoun: String { collegeKind == "commune" ? "commune" : "établissement scolaire" }
}

/// A college: a school or a commune, its seats, and the ballots cast in it (a count only).
final class CCJCollege: Model, @unchecked Sendable {
    static let schema = "ccj_colleges"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "election_id") var election: CCJElection
    @Field(key: "name") var name: String
    @Field(key: "seats") var seats: Int
    /// Incremented by each ballot, blank ones included: the turnout's numerator.
    @Field(key: "ballots") var ballots: Int
    init() {}
}

/// How many young people of one age may vote in a college; no names.
final class CCJVoterAge: Model, @unchecked Sendable {
    static let schema = "ccj_voter_ages"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "college_id") var college: CCJCollege
    @Field(key: "age") var age: Int
    @Field(key: "voters") var voters: Int
    init() {}
}

/// A candidate and their votes, a count incremented by each ballot that chooses them.
final class CCJCandidate: Model, @unchecked Sendable {
    static let schema = "ccj_candidates"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "college_id") var college: CCJCollege
    @Field(key: "name") var name: String
    /// "YYYY-MM-DD": only the tie rules read it; never shown on a public page.
    @Field(key: "birth_date") var birthDate: String
    /// The profession de foi, a few lines.
    @Field(key: "statement") var statement: String
    @Field(key: "votes") var votes: Int
    init() {}
}

/// A printed single-use code. It knows its college and whether it was used, nothing else:
/// no time, no ballot, so a used code says nothing about what was chosen with it.
final class CCJCode: Model, @unchecked Sendable {
    static let schema = "ccj_codes"
    @ID(custom: .id, generatedBy: .database) var id: Int?
    @Parent(key: "college_id") var college: CCJCollege
    @Field(key: "code") var code: String
    @Field(key: "used") var used: Bool
    init() {}
}
