import CTGCore
import Fluent
import Vapor

/// A convention's whole plan loaded in a handful of queries, in document
/// order. Pages, the JSON API and the exports all read it.
struct PlanTree: Sendable {
    var convention: Convention
    var territory: Territory
    var axes: [Axe]
    var warnings: [ImportWarning]

    static func load(conventionID: Int, on db: any Database) async throws -> PlanTree {
        guard let convention = try await Convention.query(on: db).filter(\.$id == conventionID)
            .with(\.$territory).first() else {
            throw AppError.notFound("Aucune convention n° \(conventionID).")
        }
        let axes = try await Axe.query(on: db).filter(\.$convention.$id == conventionID).sort(\.$number)
            .with(\.$objectifs) { objectif in
                objectif.with(\.$actions) { action in
                    action.with(\.$sousActions) { $0.with(\.$funders) }
                        .with(\.$organisations).with(\.$indicators).with(\.$expectedResults)
                }
            }
            .all()
        let warnings = try await ImportWarning.query(on: db).filter(\.$convention.$id == conventionID)
            .filter(\.$resolvedAt == nil).sort(\.$position).all()
        return PlanTree(convention: convention, territory: convention.territory, axes: axes, warnings: warnings)
    }

    /// The convention to show when a page names none: the latest one.
    static func defaultConventionID(on db: any Database) async throws -> Int {
        guard let convention = try await Convention.query(on: db).sort(\.$startYear, .descending).sort(\.$id).first() else {
            throw AppError.unavailable("Aucune convention n'est encore chargée. Lancez « ctg import » ou redémarrez le serveur.")
        }
        return try convention.requireID()
    }

    var actions: [PlanAction] {
        axes.flatMap { $0.objectifs.sorted { $0.number < $1.number } }
            .flatMap { $0.actions.sorted { $0.code.localizedStandardCompare($1.code) == .orderedAscending } }
    }
}

extension Axe {
    var sortedObjectifs: [Objectif] { objectifs.sorted { $0.number < $1.number } }
}

extension Objectif {
    var sortedActions: [PlanAction] { actions.sorted { $0.code.localizedStandardCompare($1.code) == .orderedAscending } }
}

extension PlanAction {
    var sortedSousActions: [SousAction] { sousActions.sorted { $0.position < $1.position } }
    var leads: [ActionOrganisation] { organisations.filter { $0.role == .lead }.sorted { $0.position < $1.position } }
    var partners: [ActionOrganisation] { organisations.filter { $0.role == .partner }.sorted { $0.position < $1.position } }
    var sortedIndicators: [Indicator] { indicators.sorted { $0.position < $1.position } }
    var sortedResults: [ExpectedResult] { expectedResults.sorted { $0.position < $1.position } }
}

extension SousAction {
    var sortedFunders: [SousActionFunder] { funders.sorted { $0.position < $1.position } }
}
