import CTGCore
import Fluent
import Vapor

/// The writes of an election's preparation: a college with its voters by age, a candidate.
enum CCJElectionWrites {
    static let frozen = "Le vote est ouvert ou clos : les collèges et les candidats ne peuvent plus changer, tous les électeurs d'un collège doivent recevoir le même bulletin."

    @Sendable static func addCollege(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (scope, election) = try await CCJAccess.election(req)
        let form = try req.content.decode(CCJForms.CollegeForm.self)
        var errors: [String] = []
        if election.window?.state(on: req.ccjToday) != .notYet { errors.append(frozen) }
        let name = CCJForms.text(form.name, label: "Nom du collège", errors: &errors)
        let seats = CCJForms.number(form.seats, label: "Sièges", in: 1...50, errors: &errors)
        var ages: [Int: Int] = [:]
        switch CCJVoterRoll.parse(form.voters ?? "") {
        case .failure(let refusal): errors.append(refusal.message)
        case .success(let parsed): ages = parsed
        }
        let electionID = try election.requireID()
        if errors.isEmpty, try await CCJCollege.query(on: req.db).filter(\.$election.$id == electionID).filter(\.$name == name).count() > 0 {
            errors.append("Cette élection a déjà un collège « \(name) ».")
        }
        guard errors.isEmpty else {
            return try await CCJElectionAdmin.page(req, errors: errors, college: form, candidate: .init())
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        let territoryID = scope.territoryID
        let voterAges = ages
        return try await FormSubmissions.once(req) { tx in
            let college = CCJCollege()
            college.$election.id = electionID
            college.name = name; college.seats = seats; college.ballots = 0
            try await college.create(on: tx)
            for (age, voters) in voterAges.sorted(by: { $0.key < $1.key }) {
                let row = CCJVoterAge()
                row.$college.id = try college.requireID(); row.age = age; row.voters = voters
                try await row.create(on: tx)
            }
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .ccj, entityID: electionID,
                                   summary: "Élection « \(election.title) » : collège « \(name) » ajouté (\(FrenchFormat.plural(seats, "siège", "sièges")) ; électeurs \(CCJVoterRoll.describe(voterAges)))")
            return scope.path(.ccj(.electionAdmin(id: electionID)))
        }
    }

    @Sendable static func addCandidate(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (scope, election) = try await CCJAccess.election(req)
        let form = try req.content.decode(CCJForms.CandidateForm.self)
        let electionID = try election.requireID()
        var errors: [String] = []
        if election.window?.state(on: req.ccjToday) != .notYet { errors.append(frozen) }
        let college = try await Int(form.college ?? "").asyncFlatMap { id in
            try await CCJCollege.query(on: req.db).filter(\.$id == id).filter(\.$election.$id == electionID).first()
        }
        if college == nil { errors.append("Choisissez le collège du candidat parmi ceux de cette élection.") }
        let name = CCJForms.text(form.name, label: "Nom du candidat", errors: &errors)
        let statement = CCJForms.text(form.statement, label: "Profession de foi", limit: CCJForms.statementLimit, errors: &errors)
        let birth = CCJForms.day(form.birthDate, label: "Date de naissance", errors: &errors)
        if let birth, let opens = election.window?.opens {
            let age = opens.year - birth.year - ((opens.month, opens.day) < (birth.month, birth.day) ? 1 : 0)
            if !CCJVoterRoll.ages.contains(age) {
                errors.append("À l'ouverture du vote, ce candidat aurait \(age) ans : le conseil des jeunes accueille les \(CCJVoterRoll.ages.lowerBound) à \(CCJVoterRoll.ages.upperBound) ans.")
            }
        }
        guard errors.isEmpty, let college, let birth else {
            return try await CCJElectionAdmin.page(req, errors: errors, college: .init(seats: "2"), candidate: form)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
        let territoryID = scope.territoryID
        return try await FormSubmissions.once(req) { tx in
            let candidate = CCJCandidate()
            candidate.$college.id = try college.requireID()
            candidate.name = name; candidate.birthDate = birth.description; candidate.statement = statement; candidate.votes = 0
            try await candidate.create(on: tx)
            try await Audit.record(on: tx, user: user, territoryID: territoryID, entity: .ccj, entityID: electionID,
                                   summary: "Élection « \(election.title) » : candidature de \(name) dans le collège « \(college.name) »")
            return scope.path(.ccj(.electionAdmin(id: electionID)))
        }
    }
}

extension Optional {
    fileprivate func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
