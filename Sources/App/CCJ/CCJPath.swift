import Vapor

/// `/{territoire}/ccj…` (public) and `/{territoire}/gestion/ccj…` (the coordinateur's) addresses.
enum CCJPath: Equatable, Sendable {
    /// The council: règlement in force, elections and their results.
    case home
    case election(id: Int)
    /// The voting page (GET: type the code; POST: the ballot of the code's college, then cast it).
    case vote(electionID: Int)
    case admin
    /// A new version of the règlement (POST).
    case rules
    /// A new election (POST).
    case newElection
    case electionAdmin(id: Int)
    case colleges(electionID: Int)
    case candidates(electionID: Int)
    /// The printable sheet of a college's unused codes (GET), or more codes for it (POST).
    case codes(collegeID: Int)

    var segments: [String] {
        switch self {
        case .home: return ["ccj"]
        case .election(let id): return ["ccj", "elections", String(id)]
        case .vote(let id): return ["ccj", "elections", String(id), "vote"]
        case .admin: return ["gestion", "ccj"]
        case .rules: return ["gestion", "ccj", "reglement"]
        case .newElection: return ["gestion", "ccj", "elections"]
        case .electionAdmin(let id): return ["gestion", "ccj", "elections", String(id)]
        case .colleges(let id): return ["gestion", "ccj", "elections", String(id), "colleges"]
        case .candidates(let id): return ["gestion", "ccj", "elections", String(id), "candidats"]
        case .codes(let id): return ["gestion", "ccj", "colleges", String(id), "codes"]
        }
    }

    var pathComponents: [PathComponent] {
        switch self {
        case .election: return ["ccj", "elections", ":electionID"]
        case .vote: return ["ccj", "elections", ":electionID", "vote"]
        case .electionAdmin: return ["gestion", "ccj", "elections", ":electionID"]
        case .colleges: return ["gestion", "ccj", "elections", ":electionID", "colleges"]
        case .candidates: return ["gestion", "ccj", "elections", ":electionID", "candidats"]
        case .codes: return ["gestion", "ccj", "colleges", ":collegeID", "codes"]
        default: return segments.map { PathComponent(stringLiteral: $0) }
        }
    }
}
