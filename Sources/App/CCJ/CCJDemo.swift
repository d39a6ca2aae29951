import CTGCore
import Fluent
import Vapor

/// The first start's demonstration election (`Resources/Demo/ccj-demo.json`): a règlement and
/// an election whose vote is open around the day of loading, with codes to try the voting page.
/// Loaded once per territory named in the file, when it has no election yet.
enum CCJDemo {
    struct File: Decodable { var territories: [TerritoryData] }
    struct TerritoryData: Decodable { var slug: String; var rule: Rule; var election: Election }
    struct Rule: Decodable { var adoptedDaysAgo: Int; var body: String }
    struct Election: Decodable {
        var title, collegeKind: String; var opensInDays, closesInDays: Int; var colleges: [College]
    }
    struct College: Decodable { var name: String; var seats: Int; var voters: [String: Int]; var codes: Int; var candidates: [Candidate] }
    struct Candidate: Decodable { var name, birthDate, statement: String }

    static func load(_ app: Application) async throws {
        let path = app.directory.resourcesDirectory + "Demo/ccj-demo.json"
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let file = try JSONDecoder().decode(File.self, from: data)
        let today = PilotageClock.system.today()
        guard let day = CivilDate(year: today.year, month: today.month, day: today.day) else { return }
        for item in file.territories {
            guard let territory = try await Territory.query(on: app.db).filter(\.$slug == item.slug).first() else { continue }
            let territoryID = try territory.requireID()
            if try await CCJElection.query(on: app.db).filter(\.$territory.$id == territoryID).count() > 0 { continue }
            try await app.db.writeTransaction { tx in try await insert(item, territoryID: territoryID, today: day, on: tx) }
            app.logger.notice("Conseil des jeunes de démonstration chargé pour \(territory.name).")
        }
    }

    private static func insert(_ item: TerritoryData, territoryID: Int, today: CivilDate, on db: any Database) async throws {
        let rule = CCJRule()
        rule.$territory.id = territoryID; rule.version = 1
        rule.adoptedOn = today.adding(days: -item.rule.adoptedDaysAgo).description; rule.body = item.rule.body
        try await rule.create(on: db)
        let election = CCJElection()
        election.$territory.id = territoryID; election.title = item.election.title; election.collegeKind = item.election.collegeKind
        election.opensOn = today.adding(days: item.election.opensInDays).description
        election.closesOn = today.adding(days: item.election.closesInDays).description
        election.tieRule = CCJTieRule.youngest.rawValue; election.actionCode = ""
        try await election.create(on: db)
        var rng = SystemRandomNumberGenerator()
        for entry in item.election.colleges {
            let college = CCJCollege()
            college.$election.id = try election.requireID(); college.name = entry.name; college.seats = entry.seats; college.ballots = 0
            try await college.create(on: db)
            let collegeID = try college.requireID()
            for (age, count) in entry.voters {
                let row = CCJVoterAge()
                row.$college.id = collegeID; row.age = Int(age) ?? 12; row.voters = count
                try await row.create(on: db)
            }
            for person in entry.candidates {
                let candidate = CCJCandidate()
                candidate.$college.id = collegeID; candidate.name = person.name; candidate.birthDate = person.birthDate
                candidate.statement = person.statement; candidate.votes = 0
                try await candidate.create(on: db)
            }
            for _ in 0..<entry.codes {
                let code = CCJCode()
                code.$college.id = collegeID; code.code = VotingCode.generate(using: &rng); code.used = false
                try await code.create(on: db)
            }
        }
        try await Audit.record(on: db, user: nil, territoryID: territoryID, entity: .ccj, entityID: election.id,
                               summary: "Conseil des jeunes : élection de démonstration « \(item.election.title) » chargée")
    }
}
