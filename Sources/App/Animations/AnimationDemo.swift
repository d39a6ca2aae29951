import CTGCore
import Fluent
import Vapor

/// Demonstration animations for a territory, from `Resources/Demo/{slug}-animations.json` when
/// such a file exists: the data names the territory's organisations, places and communes, the
/// code only reads it. Dates are days after today, so a newcomer sees an agenda to come.
enum AnimationDemo {
    struct File: Decodable { var animations: [Entry] }

    struct Entry: Decodable {
        var title: String
        var description: String
        var inDays: Int
        var time: String
        var durationMinutes: Int
        var place: String
        var commune: String
        var audience: String
        var theme: String
        var capacity: Int
        var organisation: String
        var subActions: [String]
        var asksChildrenAges: Bool?
        var recurrence: String?
        var occurrences: Int?
    }

    /// Loads the file of every territory that has one and no animation yet; returns lines to log.
    static func loadAll(_ app: Application) async throws -> [String] {
        var lines: [String] = []
        for territory in try await Territory.query(on: app.db).all() {
            let path = app.directory.resourcesDirectory + "Demo/\(territory.slug)-animations.json"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let territoryID = try territory.requireID()
            guard try await Animation.query(on: app.db).filter(\.$territory.$id == territoryID).count() == 0 else { continue }
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            let count = try await load(file.animations, territoryID: territoryID, on: app.db)
            lines.append("Animations de démonstration chargées pour \(territory.name) : \(count)")
        }
        return lines
    }

    static func load(_ entries: [Entry], territoryID: Int, now: Date = Date(), on db: any Database) async throws -> Int {
        let organisations = try await Organisation.query(on: db).filter(\.$territory.$id == territoryID).all()
        let ids = Dictionary(try organisations.map { ($0.name, try $0.requireID()) }, uniquingKeysWith: { a, _ in a })
        var created = 0
        for entry in entries {
            guard let organisationID = ids[entry.organisation],
                  let day = AnimationDates.calendar.date(byAdding: .day, value: entry.inDays, to: now) else { continue }
            let c = AnimationDates.calendar.dateComponents([.year, .month, .day], from: day)
            let form = AnimationForm(title: entry.title, description: entry.description,
                                     date: String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0),
                                     time: entry.time, durationMinutes: String(entry.durationMinutes),
                                     recurrence: entry.recurrence, occurrences: entry.occurrences.map(String.init),
                                     place: entry.place, commune: entry.commune, audience: entry.audience, theme: entry.theme,
                                     capacity: String(entry.capacity), organisation: String(organisationID),
                                     subActions: entry.subActions.joined(separator: ","),
                                     asksChildrenAges: entry.asksChildrenAges == true ? "1" : nil)
            // Codes the plan does not have (another version of the document) are simply not linked.
            guard case .success(var valid) = form.validate(organisations: [organisationID], structures: [],
                                                           knownCodes: Set(entry.subActions.map { $0.uppercased() }), now: now) else { continue }
            valid.codes = try await existingCodes(valid.codes, territoryID: territoryID, on: db)
            _ = try await AnimationForm.create(valid, territoryID: territoryID, user: nil, isDemo: true, on: db)
            created += valid.starts.count
        }
        return created
    }

    static func existingCodes(_ codes: [String], territoryID: Int, on db: any Database) async throws -> [String] {
        guard let convention = try await TerritoryScope.currentConvention(territoryID: territoryID, on: db),
              let conventionID = convention.id else { return [] }
        let known = try await SousAction.query(on: db).join(PlanAction.self, on: \SousAction.$action.$id == \PlanAction.$id)
            .filter(PlanAction.self, \.$convention.$id == conventionID).all(\.$code)
        let set = Set(known.compactMap { $0?.uppercased() })
        return codes.filter(set.contains)
    }
}
