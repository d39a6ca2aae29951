@testable import App
import CTGCore
import Fluent
import Vapor

/// An election prepared through the back office, as a coordinateur would: two colleges (A with
/// two seats, B with one), three and two candidates, ten codes each. The clock stands before the vote.
struct CCJFixture {
    var electionID: Int
    var collegeA: Int
    var collegeB: Int
    var candidatesA: [Int]
    var candidatesB: [Int]
    var codesA: [String]
    var codesB: [String]

    static let before = PilotageDate(year: 2026, month: 3, day: 10)
    static let during = PilotageDate(year: 2026, month: 3, day: 17)
    static let after = PilotageDate(year: 2026, month: 3, day: 21)

    static func ref(_ page: CCJPath) -> String { TerritoryRef(slug: Seed.slug).path(.ccj(page)) }

    static func make(_ app: Application, tieRule: CCJTieRule = .youngest) async throws -> CCJFixture {
        app.pilotageClock = .fixed(before)
        let coordinator = try await signIn(app, as: .coordinateur)
        try await coordinator.get(ref(.admin))
        let created = try await coordinator.post(ref(.newElection), [
            "title": "Élection du conseil des jeunes 2026", "collegeKind": "ecole", "opensOn": "2026-03-16",
            "closesOn": "2026-03-20", "tieRule": tieRule.rawValue, "actionCode": "4-1-1",
        ])
        precondition(created.status == .seeOther, "élection non créée : \(created.body.string.prefix(300))")
        let election = try await CCJElection.query(on: app.db).sort(\.$id, .descending).first()!
        let id = try election.requireID()
        _ = try await coordinator.post(ref(.colleges(electionID: id)), ["name": "Collège Les Tilleuls", "seats": "2", "voters": "11 : 20\n12 : 30"])
        _ = try await coordinator.post(ref(.colleges(electionID: id)), ["name": "Collège du Lac", "seats": "1", "voters": "13 : 10"])
        let colleges = try await CCJCollege.query(on: app.db).filter(\.$election.$id == id).sort(\.$seats, .descending).all()
        let (a, b) = (try colleges[0].requireID(), try colleges[1].requireID())
        for (college, name, birth) in [(a, "Alix Martin", "2013-05-02"), (a, "Bastien Roy", "2014-01-20"), (a, "Chloé Diallo", "2013-11-11"),
                                       (b, "Dylan Petit", "2012-04-04"), (b, "Emma Girard", "2012-08-30")] {
            let added = try await coordinator.post(ref(.candidates(electionID: id)), [
                "college": String(college), "name": name, "birthDate": birth, "statement": "Je veux un skate-park et plus de sorties.",
            ])
            precondition(added.status == .seeOther, "candidat refusé : \(added.body.string.prefix(300))")
        }
        for college in [a, b] { _ = try await coordinator.post(ref(.codes(collegeID: college)), ["count": "10"]) }
        let candidates = try await CCJCandidate.query(on: app.db).sort(\.$name).all()
        let codes = try await CCJCode.query(on: app.db).all()
        return CCJFixture(
            electionID: id, collegeA: a, collegeB: b,
            candidatesA: candidates.filter { $0.$college.id == a }.compactMap(\.id),
            candidatesB: candidates.filter { $0.$college.id == b }.compactMap(\.id),
            codesA: codes.filter { $0.$college.id == a }.map(\.code), codesB: codes.filter { $0.$college.id == b }.map(\.code))
    }

    var votePath: String { Self.ref(.vote(electionID: electionID)) }

    /// A ballot as the page posts it: the code, its college, a field per ticked candidate.
    func ballot(code: String, college: Int, choices: [Int]) -> [String: String] {
        var form = ["code": code, "college": String(college), "step": "ballot"]
        for id in choices { form["candidate-\(id)"] = "1" }
        return form
    }

    /// Votes from a fresh anonymous browser, as a pupil's phone would.
    func vote(_ app: Application, code: String, college: Int, choices: [Int]) async throws -> (status: HTTPStatus, body: String) {
        let phone = Browser(app)
        try await phone.get(votePath)
        let response = try await phone.post(votePath, ballot(code: code, college: college, choices: choices))
        return (response.status, response.body.string)
    }
}
