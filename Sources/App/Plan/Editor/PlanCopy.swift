import CTGCore
import Fluent
import Vapor

/// The next convention starts from the last one's plan, as the CAF renews a CTG (issue 13 §2):
/// axes, objectifs, fiches with their responsables and partenaires, sous-actions with their
/// financeurs, indicators and expected results. Not what was *done* under the old one:
/// statuses, measurements, targets, assessments and the calendar years (they belong to the
/// old period) stay behind, so the new plan starts at zero.
enum PlanCopy {
    struct Counts: Equatable { var axes = 0, objectifs = 0, fiches = 0, sousActions = 0, indicators = 0 }

    /// Inside the caller's write transaction, with one journal entry naming the source.
    static func copy(from sourceID: Int, into target: Convention, by user: User?, on tx: any Database) async throws -> Counts {
        let source = try await PlanTree.load(conventionID: sourceID, on: tx)
        guard source.convention.$territory.id == target.$territory.id else {
            throw AppError.notFound("Cette convention n'existe pas sur ce territoire.")
        }
        let targetID = try target.requireID()
        var counts = Counts()
        for axe in source.axes {
            let newAxe = Axe(conventionID: targetID, number: axe.number, title: axe.title)
            newAxe.outlineTitle = axe.outlineTitle
            newAxe.weight = axe.weight
            try await newAxe.create(on: tx)
            counts.axes += 1
            for objectif in axe.sortedObjectifs {
                let newObjectif = Objectif(axeID: try newAxe.requireID(), number: objectif.number, title: objectif.title)
                newObjectif.outlineTitle = objectif.outlineTitle
                newObjectif.weight = objectif.weight
                try await newObjectif.create(on: tx)
                counts.objectifs += 1
                for action in objectif.sortedActions {
                    try await copy(action, objectifID: try newObjectif.requireID(), conventionID: targetID, counts: &counts, on: tx)
                }
            }
        }
        try await Audit.record(on: tx, user: user, territoryID: target.$territory.id, conventionID: targetID,
                               entity: .convention, entityID: targetID,
                               summary: "Plan repris de la convention « \(source.convention.title) » "
                                   + "(\(source.convention.startYear)–\(source.convention.endYear)) : "
                                   + FrenchFormat.plural(counts.axes, "axe", "axes") + ", "
                                   + FrenchFormat.plural(counts.fiches, "fiche-action", "fiches-actions") + ", "
                                   + FrenchFormat.plural(counts.sousActions, "sous-action", "sous-actions") + ", "
                                   + FrenchFormat.plural(counts.indicators, "indicateur", "indicateurs")
                                   + " ; sans statuts ni mesures.")
        return counts
    }

    private static func copy(_ action: PlanAction, objectifID: Int, conventionID: Int, counts: inout Counts,
                             on tx: any Database) async throws {
        let fiche = PlanAction(objectifID: objectifID, conventionID: conventionID, code: action.code, title: action.title)
        fiche.outlineTitle = action.outlineTitle
        fiche.diagnostic = action.diagnostic
        fiche.audience = action.audience
        fiche.weight = action.weight
        try await fiche.create(on: tx)
        let ficheID = try fiche.requireID()
        counts.fiches += 1
        for link in action.organisations {
            try await ActionOrganisation(actionID: ficheID, organisationID: link.$organisation.id, role: link.role,
                                         label: link.label, position: link.position).create(on: tx)
        }
        for sub in action.sortedSousActions {
            let copy = SousAction(actionID: ficheID, code: sub.code, title: sub.title, position: sub.position)
            copy.outlineTitle = sub.outlineTitle
            copy.staff = sub.staff
            copy.weight = sub.weight
            try await copy.create(on: tx)
            counts.sousActions += 1
            for funder in sub.sortedFunders {
                try await SousActionFunder(sousActionID: try copy.requireID(), organisationID: funder.$organisation.id,
                                           label: funder.label, position: funder.position).create(on: tx)
            }
        }
        for indicator in action.sortedIndicators {
            let copy = Indicator(actionID: ficheID, label: indicator.label, position: indicator.position)
            copy.kindRaw = indicator.kindRaw
            copy.unit = indicator.unit
            copy.periodicityRaw = indicator.periodicityRaw
            copy.directionRaw = indicator.directionRaw
            copy.computedSource = indicator.computedSource
            try await copy.create(on: tx)
            counts.indicators += 1
        }
        for result in action.sortedResults {
            try await ExpectedResult(actionID: ficheID, text: result.text, position: result.position).create(on: tx)
        }
    }
}
