@testable import App
import CTGCore
import Fluent
import Vapor

/// Helpers for the register's tests: the seeded territory, its council, and a séance form
/// as a browser would post it.
enum RegisterFixture {
    static let seedNumber = "CC2022-04-06"

    static func territory(_ app: Application) async throws -> Territory {
        try await Territory.query(on: app.db).sort(\.$id).first()!
    }

    static func entry(_ app: Application, number: String = seedNumber) async throws -> RegisterEntry {
        try await RegisterEntry.find(number: number, territory: try await territory(app), on: app.db)
    }

    static func roster(_ app: Application) async throws -> CouncilRoster {
        try await CouncilRoster.load(territoryID: try await territory(app).requireID(), on: app.db)
    }

    /// Every titulaire present unless `statuses` says otherwise (by name: status, optional holder name).
    static func seanceForm(_ roster: CouncilRoster, date: String, convokedOn: String? = nil,
                           statuses: [String: (String, String?)] = [:],
                           fields: [String: String] = [:]) -> [String: String] {
        var form = ["date": date, "time": "18:30", "place": "Maison de l'Entrepreneur", "president": "Laurent DUMAS",
                    "secretary": "Karine BOURNAT-GONZALEZ"]
        form["convokedOn"] = convokedOn
        for (index, member) in roster.titulaires.enumerated() {
            let (status, holder) = statuses[member.name] ?? ("present", nil)
            form["rows[\(index)][member]"] = String(member.id!)
            form["rows[\(index)][status]"] = status
            form["rows[\(index)][holder]"] = holder.flatMap { name in roster.members.first { $0.name == name }?.id }.map(String.init) ?? ""
        }
        return form.merging(fields) { _, new in new }
    }

    static func counts(_ app: Application) async throws -> [Int] {
        [try await Seance.query(on: app.db).count(), try await SeanceAttendance.query(on: app.db).count(),
         try await Deliberation.query(on: app.db).count(), try await CouncilMember.query(on: app.db).count()]
    }
}
