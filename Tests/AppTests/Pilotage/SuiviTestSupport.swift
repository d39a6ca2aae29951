@testable import App
import CTGCore
import Fluent
import Vapor
import VaporTesting

/// Shortcuts for the follow-up tests: find seeded rows, post a status, read entries.
enum SuiviFixture {
    static func sousAction(_ code: String, _ app: Application) async throws -> SousAction {
        guard let sub = try await SousAction.query(on: app.db).filter(\.$code == code).first() else {
            preconditionFailure("sous-action \(code) absente du jeu d'essai")
        }
        return sub
    }

    static func conventionID(_ app: Application) async throws -> Int {
        try await Seed.conventionID(on: app.db)
    }

    /// The address the fiche's status form posts to, for sous-action `code` ("1-2-3-A").
    static func statusPath(_ code: String, _ app: Application) async throws -> String {
        let sub = try await sousAction(code, app)
        let fiche = String(code.split(separator: "-").prefix(3).joined(separator: "-"))
        return Seed.ref.url(.sousActionStatus(code: fiche, sousActionID: try sub.requireID())).path
            + "?convention=\(try await conventionID(app))"
    }

    static func calendarPath(_ code: String, _ app: Application) async throws -> String {
        let sub = try await sousAction(code, app)
        let fiche = String(code.split(separator: "-").prefix(3).joined(separator: "-"))
        return Seed.ref.url(.sousActionCalendar(code: fiche, sousActionID: try sub.requireID())).path
            + "?convention=\(try await conventionID(app))"
    }

    static func entries(_ code: String, _ app: Application) async throws -> [SousActionStatusEntry] {
        try await StatusHistory.load(sousActionID: try sousAction(code, app).requireID(), on: app.db)
    }

    /// Records a status straight in the database, as if entered earlier.
    static func record(_ code: String, year: Int, _ status: SubActionStatus, on app: Application,
                       date: String? = nil, comment: String? = nil) async throws {
        let sub = try await sousAction(code, app)
        try await SousActionStatusEntry(sousActionID: try sub.requireID(), year: year, status: status, comment: comment,
                                        recordedOn: date ?? "\(year)-06-01", authorID: nil).create(on: app.db)
    }

    static func setClock(_ app: Application, year: Int, month: Int = 6, day: Int = 15) {
        app.pilotageClock = .fixed(PilotageDate(year: year, month: month, day: day))
    }
}

extension TestingHTTPResponse {
    var text: String { body.string }
}
