import CTGCore
import Fluent
import Vapor

/// Finding the CCJ's rows of the request's territory, and the day the vote is judged on.
enum CCJAccess {
    static let noElection = "Cette élection n'existe pas sur ce territoire."

    static func election(_ req: Request) async throws -> (TerritoryScope, CCJElection) {
        let scope = try await req.territoryScope()
        guard let id = req.parameters.get("electionID", as: Int.self),
              let election = try await CCJElection.query(on: req.db).filter(\.$id == id)
                .filter(\.$territory.$id == scope.territoryID).first() else {
            throw AppError.notFound(noElection)
        }
        return (scope, election)
    }

    /// A college of an election of the request's territory (the join keeps other territories out).
    static func college(_ req: Request) async throws -> (TerritoryScope, CCJElection, CCJCollege) {
        let scope = try await req.territoryScope()
        guard let id = req.parameters.get("collegeID", as: Int.self),
              let college = try await CCJCollege.query(on: req.db).filter(\.$id == id).with(\.$election).first(),
              college.election.$territory.id == scope.territoryID else {
            throw AppError.notFound("Ce collège n'existe pas sur ce territoire.")
        }
        return (scope, college.election, college)
    }

    /// The colleges of an election with their voters, for the public and back-office pages.
    static func colleges(electionID: Int, on db: any Database) async throws -> [(CCJCollege, [Int: Int], [CCJCandidate])] {
        let colleges = try await CCJCollege.query(on: db).filter(\.$election.$id == electionID).sort(\.$name).all()
        let ids = colleges.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let ages = try await CCJVoterAge.query(on: db).filter(\.$college.$id ~~ ids).all()
        let candidates = try await CCJCandidate.query(on: db).filter(\.$college.$id ~~ ids).sort(\.$name).all()
        return colleges.map { college in
            let mine = ages.filter { $0.$college.id == college.id }
            return (college, Dictionary(mine.map { ($0.age, $0.voters) }, uniquingKeysWith: +),
                    candidates.filter { $0.$college.id == college.id })
        }
    }
}

extension Request {
    /// Today in France, from the pilotage clock (tests stop it on a day).
    var ccjToday: CivilDate {
        let today = pilotageToday
        return CivilDate(year: today.year, month: today.month, day: today.day) ?? CivilDate(year: 2000, month: 1, day: 1)!
    }
}
