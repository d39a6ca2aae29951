import CTGCore
import Fluent
import Vapor

/// Everything a bilan is made from, loaded once: the plan tree (for the cover),
/// the follow-up snapshot with statuses (from Pilotage/Suivi) completed with
/// this section's indicators and expected results, matched by fiche.
struct BilanSource: Sendable {
    var tree: PlanTree
    var snapshot: PlanSnapshot
    /// Loaded indicators by fiche code, in document order, for the charts.
    var indicators: [String: [LoadedIndicator]]
    /// The convention's budget lines, every year (issue 13).
    var budget: [BudgetQuery.Entry] = []

    var convention: Convention { tree.convention }
    var years: [Int] { tree.convention.years }

    /// - Parameter currentYear: computed indicators are evaluated up to this year only.
    static func load(conventionID: Int, currentYear: Int, sources: ComputedSources, on db: any Database) async throws -> BilanSource {
        let tree = try await PlanTree.load(conventionID: conventionID, on: db)
        let history = try await StatusHistory.load(conventionID: conventionID, on: db)
        let loaded = try await IndicatorBook.load(conventionID: conventionID, years: tree.convention.years, upTo: currentYear,
                                                  sources: sources, on: db)
        let results = try await ExpectedResultBook.load(conventionID: conventionID, on: db)
        let byAction = Dictionary(grouping: loaded, by: \.actionID)
            .mapValues { $0.sorted { $0.indicator.position < $1.indicator.position } }
        let snapshot = PlanSnapshotQuery.snapshot(tree: tree, history: history) { action, out in
            guard let id = action.id else { return }
            out.indicators = (byAction[id] ?? []).map(\.series)
            out.expectedResults = (results[id] ?? []).sorted { $0.result.position < $1.result.position }.map(\.snapshot)
        }
        let byCode = Dictionary(tree.actions.compactMap { action in action.id.map { (action.code, byAction[$0] ?? []) } },
                                uniquingKeysWith: { first, _ in first })
        let budget = try await BudgetQuery.entries(conventionID: conventionID, territoryID: try tree.territory.requireID(),
                                                   year: nil, on: db).0
        return BilanSource(tree: tree, snapshot: snapshot, indicators: byCode, budget: budget)
    }

    /// A year of the convention, or a French 400 (not a year) / 404 (outside the convention).
    static func year(_ raw: String?, convention: Convention) throws -> Int {
        let text = raw?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let year = Int(text), text.count == 4 else {
            throw AppError.invalidInput("« \(text) » n'est pas une année : le bilan s'adresse en /bilan/2023.")
        }
        guard convention.years.contains(year) else {
            throw AppError.notFound("Pas de bilan \(year) : la convention couvre les années \(convention.startYear) à \(convention.endYear).")
        }
        return year
    }
}
