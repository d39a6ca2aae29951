import CTGCore
import Fluent
import Vapor

/// `/{territoire}/gestion/ccj/colleges/{id}/codes`: the printable A4 sheet of a college's unused
/// codes, to cut out and hand one per pupil (GET), and more codes for the college (POST).
enum CCJCodeSheet {
    static let maxPerCollege = 5_000

    struct Card: Encodable { var code: String }
    struct Page: Encodable {
        var layout: Layout
        var territory: String
        var election: String
        var college: String
        var voteAddress: String
        var dates: String
        var cards: [Card]
        var summary: String
        var backHref: String
    }

    @Sendable static func show(req: Request) async throws -> View {
        let (scope, election, college) = try await CCJAccess.college(req)
        let codes = try await CCJCode.query(on: req.db).filter(\.$college.$id == college.requireID())
            .filter(\.$used == false).sort(\.$id).range(0..<maxPerCollege).all(\.$code)
        let electionID = try election.requireID()
        // The address pupils type: the configured public one when set (`CTG_PUBLIC_URL`), without its scheme.
        let host = req.absoluteBase.replacingOccurrences(of: #"^https?://"#, with: "", options: .regularExpression)
        return try await req.view.render("ccj-codes", Page(
            layout: req.layout(title: "Codes de vote : \(college.name)"), territory: scope.territory.name,
            election: election.title, college: college.name,
            voteAddress: host + scope.path(.ccj(.vote(electionID: electionID))),
            dates: election.span,
            cards: codes.map { Card(code: VotingCode.display($0)) },
            summary: FrenchFormat.plural(codes.count, "code non utilisé", "codes non utilisés"),
            backHref: scope.path(.ccj(.electionAdmin(id: electionID)))))
    }

    @Sendable static func generate(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (scope, election, college) = try await CCJAccess.college(req)
        let electionID = try election.requireID()
        let collegeID = try college.requireID()
        var errors: [String] = []
        if election.window?.state(on: req.ccjToday) == .closed {
            errors.append("Le vote est clos : il n'y a plus de codes à imprimer.")
        }
        let count = CCJForms.number(try req.content.decode(CCJForms.CodesForm.self).count, label: "Nombre de codes",
                                    in: 1...1_000, errors: &errors)
        let existing = try await CCJCode.query(on: req.db).filter(\.$college.$id == collegeID).count()
        if existing + count > maxPerCollege {
            errors.append("Un collège compte au plus \(maxPerCollege) codes ; celui-ci en a déjà \(existing).")
        }
        guard errors.isEmpty else {
            return try await CCJElectionAdmin.page(req, errors: errors, college: .init(seats: "2"), candidate: .init())
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        return try await FormSubmissions.once(req) { tx in
            var rng = SystemRandomNumberGenerator()
            var fresh = Set<String>()
            while fresh.count < count { fresh.insert(VotingCode.generate(using: &rng)) }
            // A code already printed for any college is drawn again (30⁸ codes: almost never).
            let taken = Set(try await CCJCode.query(on: tx).filter(\.$code ~~ Array(fresh)).all(\.$code))
            fresh.subtract(taken)
            while fresh.count < count {
                let code = VotingCode.generate(using: &rng)
                if try await CCJCode.query(on: tx).filter(\.$code == code).count() == 0 { fresh.insert(code) }
            }
            for code in fresh.sorted() {
                let row = CCJCode()
                row.$college.id = collegeID; row.code = code; row.used = false
                try await row.create(on: tx)
            }
            try await Audit.record(on: tx, user: user, territoryID: scope.territoryID, entity: .ccj, entityID: electionID,
                                   summary: "Élection « \(election.title) » : \(FrenchFormat.plural(count, "code de vote créé", "codes de vote créés")) pour le collège « \(college.name) »")
            return scope.path(.ccj(.codes(collegeID: collegeID)))
        }
    }
}
