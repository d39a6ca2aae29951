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
    /// What the pages built from this tree link with: the request's territory reference,
    /// or, when loaded by id, one that names the convention (always right, if verbose).
    var ref: TerritoryRef

    /// The plan a territory page shows.
    static func load(scope: TerritoryScope, on db: any Database) async throws -> PlanTree {
        var tree = try await load(conventionID: scope.requireConventionID(), on: db)
        tree.ref = scope.ref
        return tree
    }

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
            .sort(\.$position).all()
        return PlanTree(convention: convention, territory: convention.territory, axes: axes, warnings: warnings,
                        ref: TerritoryRef(slug: convention.territory.slug, convention: conventionID))
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
