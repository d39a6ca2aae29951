import CTGCore
import Fluent
import Vapor

/// A convention's budget lines added up (`BudgetSummary`), with a few indexed queries and
/// without loading the plan: `/financeurs`, its exports and the bilan share it.
enum BudgetQuery {
    /// "Axe 2 — Accompagner la parentalité": the label lines are grouped under, in plan order.
    static func axeLabel(_ axe: Axe) -> String {
        "Axe \(axe.number)" + (axe.title.map { " — \($0)" } ?? "")
    }

    /// One stored line with what the sums need: its year, its axe (number and label), its financeur's name.
    struct Entry: Sendable {
        var year: Int
        var axeNumber: Int?
        var line: BudgetSummary.Line
    }

    /// - Parameter year: one year's lines, or all of the convention's when nil.
    static func summary(conventionID: Int, territoryID: Int, year: Int?, on db: any Database) async throws -> BudgetSummary {
        let (entries, axeOrder) = try await entries(conventionID: conventionID, territoryID: territoryID, year: year, on: db)
        return BudgetSummary.build(entries.map(\.line), axeOrder: axeOrder)
    }

    /// The lines, and the axes' labels in plan order.
    static func entries(conventionID: Int, territoryID: Int, year: Int?, on db: any Database) async throws -> ([Entry], [String]) {
        var query = BudgetLine.query(on: db).filter(\.$convention.$id == conventionID)
        if let year { query = query.filter(\.$year == year) }
        let lines = try await query.all()
        let axes = try await Axe.query(on: db).filter(\.$convention.$id == conventionID).sort(\.$number).all()
        guard !lines.isEmpty else { return ([], axes.map(axeLabel)) }
        let axeOfSub = try await axesOf(sousActionIDs: Set(lines.map { $0.$sousAction.id }), axes: axes, on: db)
        let names = try await SuiviTable.organisationNames(territoryID: territoryID, on: db)
        let entries = lines.map { line in
            let axe = axeOfSub[line.$sousAction.id]
            return Entry(year: line.year, axeNumber: axe?.number, line: .init(
                axe: axe.map(axeLabel) ?? "Axe inconnu", financeur: names[line.$organisation.id] ?? "—",
                plannedCents: line.planned, spentCents: line.spent))
        }
        return (entries, axes.map(axeLabel))
    }

    /// Sous-action → its axe, through its fiche and objectif.
    private static func axesOf(sousActionIDs: Set<Int>, axes: [Axe], on db: any Database) async throws -> [Int: Axe] {
        let subs = try await SousAction.query(on: db).filter(\.$id ~~ Array(sousActionIDs)).all()
        let actions = try await PlanAction.query(on: db).filter(\.$id ~~ Array(Set(subs.map { $0.$action.id }))).all()
        let objectifs = try await Objectif.query(on: db).filter(\.$id ~~ Array(Set(actions.map { $0.$objectif.id }))).all()
        let axeByID = Dictionary(axes.compactMap { axe in axe.id.map { ($0, axe) } }, uniquingKeysWith: { a, _ in a })
        let axeOfObjectif = Dictionary(objectifs.compactMap { o in o.id.map { ($0, o.$axe.id) } }, uniquingKeysWith: { a, _ in a })
        let objectifOfAction = Dictionary(actions.compactMap { a in a.id.map { ($0, a.$objectif.id) } }, uniquingKeysWith: { a, _ in a })
        var result: [Int: Axe] = [:]
        for sub in subs {
            guard let id = sub.id, let objectif = objectifOfAction[sub.$action.id], let axe = axeOfObjectif[objectif] else { continue }
            result[id] = axeByID[axe]
        }
        return result
    }
}
