import CTGCore
import Fluent
import Vapor

/// `/{territoire}/ccj/elections/{id}`: colleges, seats and candidates with their professions de
/// foi; once the vote is closed, votes, elected candidates and turnout per college. Nobody sees
/// counts before the close: watching them move while a code is used would tell its choice.
enum CCJElectionPage {
    struct Candidate: Encodable { var name: String; var statement: String; var votes: Int; var outcome: String; var elected: Bool }

    struct College: Encodable {
        var name: String
        var seats: String
        var voters: Int
        var ages: String
        var ballots: Int
        var turnout: String
        var candidates: [Candidate]
        var openSeats: String?
    }

    struct Page: Encodable {
        var layout: Layout
        var title: String
        var dates: String
        var rule: String
        var collegeNoun: String
        var open: Bool
        var closed: Bool
        var voteHref: String
        var homeHref: String
        var colleges: [College]
        var totalTurnout: String
        var totalBallots: Int
        var totalVoters: Int
        var renewal: String?
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (scope, election) = try await CCJAccess.election(req)
        let id = try election.requireID()
        let today = req.ccjToday
        let state = election.window?.state(on: today)
        let closed = state == .closed
        let colleges = try await CCJAccess.colleges(electionID: id, on: req.db)
        var total = CCJTurnout(ballots: 0, voters: 0)
        let shown = colleges.map { college, ages, candidates -> College in
            let turnout = CCJTurnout(ballots: college.ballots, voters: ages.values.reduce(0, +))
            total = total + turnout
            let result = CCJTally.result(candidates.map {
                CCJCandidateVotes(id: $0.id ?? 0, votes: $0.votes, birthDate: CivilDate($0.birthDate))
            }, seats: college.seats, rule: election.rule)
            let byID = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id ?? 0, $0) })
            let ordered = closed ? result.ranking.compactMap { entry in byID[entry.id].map { ($0, entry.outcome) } }
                : candidates.map { ($0, CCJCollegeResult.Outcome.notElected) }
            return College(
                name: college.name, seats: FrenchFormat.plural(college.seats, "siège", "sièges"),
                voters: turnout.voters, ages: CCJVoterRoll.describe(ages), ballots: college.ballots,
                turnout: turnout.percent,
                candidates: ordered.map { candidate, outcome in
                    Candidate(name: candidate.name, statement: candidate.statement, votes: candidate.votes,
                              outcome: label(outcome), elected: outcome == .elected || outcome == .electedByTieRule)
                },
                openSeats: closed && result.openSeats > 0
                    ? "\(FrenchFormat.plural(result.openSeats, "siège reste", "sièges restent")) à attribuer entre les candidats à égalité (\(election.rule.label))." : nil)
        }
        let window = election.window
        return try await req.view.render("ccj-election", Page(
            layout: req.layout(title: election.title), title: election.title,
            dates: "Vote \(election.span) inclus",
            rule: election.rule.statement, collegeNoun: election.collegeNoun, open: state == .open, closed: closed,
            voteHref: scope.path(.ccj(.vote(electionID: id))), homeHref: scope.path(.ccj(.home)),
            colleges: shown, totalTurnout: total.percent, totalBallots: total.ballots, totalVoters: total.voters,
            renewal: closed ? window.map { CCJController.renewalSentence(closes: $0.closes, today: today) } : nil))
    }

    static func label(_ outcome: CCJCollegeResult.Outcome) -> String {
        switch outcome {
        case .elected: return "siège obtenu"
        case .electedByTieRule: return "siège obtenu après égalité de voix"
        case .undecided: return "égalité à départager"
        case .notElected: return "pas de siège"
        }
    }
}
