import CTGCore
import Fluent
import Vapor

/// `/{territoire}/gestion/ccj/elections/{id}`: colleges with their voters by age, candidates,
/// and the codes to print. Colleges and candidates are fixed once the vote opens (a ballot
/// printed for a college must stay the same for all its voters); codes can be added until the close.
enum CCJElectionAdmin {
    struct Candidate: Encodable { var name: String; var birthDate: String; var statement: String }
    struct College: Encodable {
        var id: Int; var name: String; var seats: Int; var voters: Int; var ages: String
        var codes: Int; var usedCodes: Int; var candidates: [Candidate]; var codesAction: String; var sheetHref: String
    }

    struct Page: Encodable {
        var layout: Layout
        var title: String
        var dates: String
        var rule: String
        var collegeNoun: String
        var preparing: Bool
        var codesOpen: Bool
        var publicHref: String
        var adminHref: String
        var collegeAction: String
        var candidateAction: String
        var colleges: [College]
        var errors: [String]
        var collegeForm: CCJForms.CollegeForm
        var candidateForm: CCJForms.CandidateForm
    }

    static func register(on routes: any RoutesBuilder) {
        routes.get(.ccj(.electionAdmin(id: 0)), use: show)
        routes.post(.ccj(.colleges(electionID: 0)), use: CCJElectionWrites.addCollege)
        routes.post(.ccj(.candidates(electionID: 0)), use: CCJElectionWrites.addCandidate)
        routes.get(.ccj(.codes(collegeID: 0)), use: CCJCodeSheet.show)
        routes.post(.ccj(.codes(collegeID: 0)), use: CCJCodeSheet.generate)
    }

    @Sendable static func show(req: Request) async throws -> View {
        try await page(req, errors: [], college: .init(seats: "2"), candidate: .init())
    }

    static func page(_ req: Request, errors: [String], college collegeForm: CCJForms.CollegeForm,
                     candidate: CCJForms.CandidateForm) async throws -> View {
        let (scope, election) = try await CCJAccess.election(req)
        let id = try election.requireID()
        let colleges = try await CCJAccess.colleges(electionID: id, on: req.db)
        let codeCounts = try await counts(collegeIDs: colleges.compactMap { $0.0.id }, on: req.db)
        let state = election.window?.state(on: req.ccjToday)
        return try await req.view.render("ccj-election-admin", Page(
            layout: req.layout(title: "Préparer : \(election.title)"), title: election.title,
            dates: "Vote \(election.span) inclus",
            rule: election.rule.statement, collegeNoun: election.collegeNoun,
            preparing: state == .notYet, codesOpen: state != .closed,
            publicHref: scope.path(.ccj(.election(id: id))), adminHref: scope.path(.ccj(.admin)),
            collegeAction: scope.path(.ccj(.colleges(electionID: id))),
            candidateAction: scope.path(.ccj(.candidates(electionID: id))),
            colleges: colleges.map { college, ages, candidates in
                let cid = college.id ?? 0
                return College(id: cid, name: college.name, seats: college.seats, voters: ages.values.reduce(0, +),
                               ages: CCJVoterRoll.describe(ages), codes: codeCounts[cid]?.all ?? 0, usedCodes: codeCounts[cid]?.used ?? 0,
                               candidates: candidates.map {
                                   Candidate(name: $0.name, birthDate: CivilDate($0.birthDate)?.french ?? $0.birthDate, statement: $0.statement)
                               },
                               codesAction: scope.path(.ccj(.codes(collegeID: cid))), sheetHref: scope.path(.ccj(.codes(collegeID: cid))))
            },
            errors: errors, collegeForm: collegeForm, candidateForm: candidate))
    }

    /// Codes printed and used per college: two counts on the (college_id, used) index.
    static func counts(collegeIDs: [Int], on db: any Database) async throws -> [Int: (all: Int, used: Int)] {
        guard !collegeIDs.isEmpty else { return [:] }
        var result: [Int: (all: Int, used: Int)] = [:]
        for id in collegeIDs {
            let all = try await CCJCode.query(on: db).filter(\.$college.$id == id).count()
            let used = try await CCJCode.query(on: db).filter(\.$college.$id == id).filter(\.$used == true).count()
            result[id] = (all, used)
        }
        return result
    }
}
