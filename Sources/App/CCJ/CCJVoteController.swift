import CTGCore
import Fluent
import Vapor

/// `/{territoire}/ccj/elections/{id}/vote`: the young voter types the code from their paper,
/// gets the ballot of the code's college, ticks up to as many candidates as there are seats,
/// and casts it. Made for a phone: one column, large targets, no script.
enum CCJVoteController {
    struct Choice: Encodable { var id: Int; var field: String; var name: String; var statement: String }

    struct Page: Encodable {
        var layout: Layout
        var title: String
        var electionHref: String
        var action: String
        var open: Bool
        var closedReason: String?
        var errors: [String]
        /// Set once a valid code was typed: the ballot of its college.
        var ballot: Ballot?
        var cast: Bool
        var typedCode: String
    }

    struct Ballot: Encodable {
        var code: String
        var displayCode: String
        var collegeID: Int
        var collegeName: String
        var seats: Int
        var candidates: [Choice]
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (scope, election) = try await CCJAccess.election(req)
        return try await render(req, scope: scope, election: election, errors: [], ballot: nil)
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let (scope, election) = try await CCJAccess.election(req)
        let typed = (try? req.content.get(String.self, at: "code")) ?? ""
        let refuse = { (message: String, status: HTTPStatus, ballot: Ballot?) in
            try await render(req, scope: scope, election: election, errors: [message], ballot: ballot, typed: typed)
                .encodeResponse(status: status, for: req)
        }
        if let closed = election.window?.refusal(on: req.ccjToday) { return try await refuse(closed, .conflict, nil) }
        let code: String
        switch VotingCode.read(typed) {
        case .failure(let problem): return try await refuse(problem.message, .unprocessableEntity, nil)
        case .success(let valid): code = valid
        }
        let college: CCJCollege
        do { college = try await CCJBallotBox.college(ofCode: code, electionID: try election.requireID(), on: req.db) }
        catch let error as AppError { return try await refuse(error.reason, error.status, nil) }
        let ballot = try await ballot(for: college, code: code, on: req.db)
        guard (try? req.content.get(String.self, at: "step")) == "ballot" else {
            return try await render(req, scope: scope, election: election, errors: [], ballot: ballot).encodeResponse(for: req)
        }
        // The college the ballot was printed for: a code of another college is refused, not redirected.
        let postedCollege = (try? req.content.get(Int.self, at: "college")) ?? 0
        guard postedCollege == ballot.collegeID else { return try await refuse(CCJBallotBox.otherCollege, .unprocessableEntity, nil) }
        let chosen = ballot.candidates.filter { (try? req.content.get(String.self, at: $0.field)) != nil }.map(\.id)
            + extraChoices(req)
        let choices: [Int]
        switch CCJBallot.choices(chosen, candidates: Set(ballot.candidates.map(\.id)), seats: college.seats) {
        case .failure(let refusal):
            return try await refuse(refusal.message, .unprocessableEntity, ballot)
        case .success(let valid): choices = valid
        }
        do {
            try await CCJBallotBox.cast(code: code, collegeID: postedCollege, choices: choices, election: election,
                                        territoryID: scope.territoryID, on: req.db)
        } catch let error as AppError {
            return try await refuse(error.reason, error.status, nil)
        }
        var page = try await page(req, scope: scope, election: election, errors: [], ballot: nil, typed: "")
        page.cast = true
        page.layout = req.layout(title: "A voté")
        return try await req.view.render("ccj-vote", page).encodeResponse(status: .created, for: req)
    }

    /// Candidate fields the form did not offer (`candidate-<id>` of another college): kept so the
    /// ballot is refused rather than silently trimmed.
    static func extraChoices(_ req: Request) -> [Int] {
        guard let body = req.body.string else { return [] }
        return body.split(separator: "&").compactMap { pair -> Int? in
            let name = pair.split(separator: "=").first.map(String.init) ?? ""
            guard name.hasPrefix("candidate-") else { return nil }
            return Int(name.dropFirst("candidate-".count))
        }
    }

    static func ballot(for college: CCJCollege, code: String, on db: any Database) async throws -> Ballot {
        let collegeID = try college.requireID()
        let candidates = try await CCJCandidate.query(on: db).filter(\.$college.$id == collegeID).sort(\.$name).all()
        return Ballot(code: code, displayCode: VotingCode.display(code), collegeID: collegeID, collegeName: college.name,
                      seats: college.seats, candidates: candidates.map {
                          Choice(id: $0.id ?? 0, field: "candidate-\($0.id ?? 0)", name: $0.name, statement: $0.statement)
                      })
    }

    static func render(_ req: Request, scope: TerritoryScope, election: CCJElection, errors: [String],
                       ballot: Ballot?, typed: String = "") async throws -> View {
        try await req.view.render("ccj-vote", page(req, scope: scope, election: election, errors: errors, ballot: ballot, typed: typed))
    }

    static func page(_ req: Request, scope: TerritoryScope, election: CCJElection, errors: [String],
                     ballot: Ballot?, typed: String) async throws -> Page {
        let id = try election.requireID()
        let reason = election.window?.refusal(on: req.ccjToday)
        return Page(layout: req.layout(title: "Voter : \(election.title)"), title: election.title,
                    electionHref: scope.path(.ccj(.election(id: id))), action: scope.path(.ccj(.vote(electionID: id))),
                    open: reason == nil, closedReason: reason, errors: errors, ballot: ballot, cast: false, typedCode: typed)
    }
}
