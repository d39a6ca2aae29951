import CTGCore
import Fluent
import Vapor

/// A few invented budget lines (Resources/Demo/budgets-demo.json, `is_demo`) so `/financeurs`
/// and the bilan show amounts on a fresh `ctg serve`. The financeur is the sous-action's own
/// n-th funder in the plan, so no body's name is written here; a line whose sous-action,
/// funder or year the plan does not have is skipped.
enum BudgetDemo {
    struct File: Decodable { var territories: [TerritoryData] }
    struct TerritoryData: Decodable { var slug: String; var lines: [Line] }
    struct Line: Decodable { var sousAction: String; var funder: Int; var year: Int; var planned: Int; var spent: Int? }

    static func load(_ app: Application) async throws {
        let path = app.directory.resourcesDirectory + "Demo/budgets-demo.json"
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        for data in file.territories {
            guard let territory = try await Territory.query(on: app.db).filter(\.$slug == data.slug).first(),
                  let convention = try await TerritoryScope.currentConvention(territoryID: try territory.requireID(), on: app.db)
            else { continue }
            let conventionID = try convention.requireID()
            // Only once: a territory that has any line (demo or typed) is left alone.
            if try await BudgetLine.query(on: app.db).filter(\.$convention.$id == conventionID).count() > 0 { continue }
            try await app.db.writeTransaction { tx in
                var added = 0
                for line in data.lines where convention.years.contains(line.year) {
                    guard let row = try await row(line, territoryID: try territory.requireID(), conventionID: conventionID, on: tx)
                    else { continue }
                    try await row.create(on: tx)
                    added += 1
                }
                try await Audit.record(on: tx, user: nil, territoryID: try territory.requireID(), conventionID: conventionID,
                                       entity: .budgetLine, entityID: nil,
                                       summary: "Budgets de démonstration : \(FrenchCount.phrase(added, "ligne ajoutée", "lignes ajoutées")).")
            }
        }
    }

    private static func row(_ line: Line, territoryID: Int, conventionID: Int, on db: any Database) async throws -> BudgetLine? {
        let actionCode = line.sousAction.split(separator: "-").prefix(3).joined(separator: "-")
        guard let action = try await PlanAction.query(on: db).filter(\.$convention.$id == conventionID)
                .filter(\.$code == actionCode).first(),
              let sub = try await SousAction.query(on: db).filter(\.$action.$id == action.requireID())
                .filter(\.$code == line.sousAction).first() else { return nil }
        let funders = try await SousActionFunder.query(on: db).filter(\.$sousAction.$id == sub.requireID())
            .sort(\.$position).all().compactMap { $0.$organisation.id }
        let unique = funders.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        guard unique.indices.contains(line.funder) else { return nil }
        let input = BudgetLineInput(year: line.year, financeurID: unique[line.funder], plannedCents: line.planned, spentCents: line.spent)
        return BudgetLine(territoryID: territoryID, conventionID: conventionID, sousActionID: try sub.requireID(), input: input, isDemo: true)
    }
}
