@testable import App
import Fluent
import Testing
import Vapor

/// Budget tests' material: financeurs invented for the test, sous-actions of two axes.
enum BudgetFixture {
    /// U+202F between thousands and U+00A0 before "€", as the pages write amounts.
    static func euros(_ text: String) -> String {
        text.replacingOccurrences(of: " ", with: "\u{202F}") + "\u{A0}€"
    }

    static func organisation(_ app: Application, _ name: String, territoryID: Int? = nil) async throws -> Int {
        var territory = territoryID ?? 0
        if territoryID == nil { territory = try await Seed.territoryID(on: app.db) }
        let org = Organisation(territoryID: territory, name: name, kind: "autre", aliases: [])
        try await org.create(on: app.db)
        return try org.requireID()
    }

    /// The budget page of sous-action `code` ("1-2-3-A") of the seeded plan.
    static func path(_ code: String, _ app: Application) async throws -> String {
        let sub = try await SuiviFixture.sousAction(code, app)
        let fiche = String(code.split(separator: "-").prefix(3).joined(separator: "-"))
        return Seed.path(.budget(.sousAction(code: fiche, id: try sub.requireID())))
    }

    /// The first sous-action of the first fiche of axe 2, with its budget page.
    static func axeTwo(_ app: Application) async throws -> (SousAction, String) {
        let conventionID = try await Seed.conventionID(on: app.db)
        let actions = try await PlanAction.query(on: app.db).filter(\.$convention.$id == conventionID).all()
        let action = try #require(actions.filter { $0.code.hasPrefix("2-") }.sorted { $0.code < $1.code }.first)
        let subs = try await SousAction.query(on: app.db).filter(\.$action.$id == action.requireID()).sort(\.$position).all()
        let sub = try #require(subs.first)
        return (sub, Seed.path(.budget(.sousAction(code: action.code, id: try sub.requireID()))))
    }

    static func lines(_ app: Application) async throws -> [BudgetLine] {
        try await BudgetLine.query(on: app.db).sort(\.$year).sort(\.$id).all()
    }
}
