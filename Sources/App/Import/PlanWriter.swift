import CTGCore
import Fluent

/// Writes the plan tree, updating rows in place by their natural keys (axe
/// number, objectif number, action code, sous-action code and title) so that
/// follow-up data attached to them survives a re-import of a corrected document.
struct PlanWriter {
    var conventionID: Int
    var organisations: OrganisationDirectory
    var db: any Database

    func write(_ plan: ParsedPlan) async throws {
        let axes = try await Axe.query(on: db).filter(\.$convention.$id == conventionID).all()
        for parsed in plan.axes {
            let axe = axes.first { $0.number == parsed.number } ?? Axe(conventionID: conventionID, number: parsed.number, title: nil)
            axe.title = parsed.title
            axe.outlineTitle = parsed.outlineTitle
            try await axe.save(on: db)
            try await writeObjectives(parsed.objectives, axeID: try axe.requireID())
        }
        for stale in axes where !plan.axes.contains(where: { $0.number == stale.number }) {
            try await stale.delete(on: db)
        }
        // A fiche the new document no longer has goes too, even when its objectif stays.
        let codes = plan.axes.flatMap(\.objectives).flatMap(\.actions).map(\.code)
        let stale = PlanAction.query(on: db).filter(\.$convention.$id == conventionID)
        try await (codes.isEmpty ? stale : stale.filter(\.$code !~ codes)).delete()
    }

    private func writeObjectives(_ objectives: [ParsedObjective], axeID: Int) async throws {
        let existing = try await Objectif.query(on: db).filter(\.$axe.$id == axeID).all()
        for parsed in objectives {
            let objectif = existing.first { $0.number == parsed.number } ?? Objectif(axeID: axeID, number: parsed.number, title: "")
            objectif.title = parsed.title
            objectif.outlineTitle = parsed.outlineTitle
            try await objectif.save(on: db)
            for action in parsed.actions {
                try await ActionWriter(conventionID: conventionID, organisations: organisations, db: db)
                    .write(action, objectifID: try objectif.requireID())
            }
        }
        for stale in existing where !objectives.contains(where: { $0.number == stale.number }) {
            try await stale.delete(on: db)
        }
    }
}
