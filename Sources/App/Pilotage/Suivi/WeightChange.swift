import CTGCore
import Fluent
import Vapor

/// One weight of the plan (axe, objectif, fiche or sous-action) and its new value.
struct WeightChange: @unchecked Sendable {
    enum Target {
        case axe(Axe)
        case objectif(Objectif)
        case action(PlanAction)
        case sousAction(SousAction, PlanAction)
    }

    var key: String
    var label: String
    var target: Target
    var current: Double?
    var new: Double?

    static func targets(_ tree: PlanTree) -> [WeightChange] {
        var out: [WeightChange] = []
        for axe in tree.axes {
            out.append(.init(key: "axe-\(axe.id ?? 0)", label: "Axe \(axe.number)", target: .axe(axe), current: axe.weight))
            for objectif in axe.sortedObjectifs {
                out.append(.init(key: "objectif-\(objectif.id ?? 0)", label: "Objectif \(axe.number).\(objectif.number)",
                                 target: .objectif(objectif), current: objectif.weight))
                for action in objectif.sortedActions {
                    out.append(.init(key: "action-\(action.id ?? 0)", label: "Fiche \(action.code)", target: .action(action), current: action.weight))
                    for sub in action.sortedSousActions {
                        out.append(.init(key: "sa-\(sub.id ?? 0)", label: "Sous-action \(sub.suiviLabel)",
                                         target: .sousAction(sub, action), current: sub.weight))
                    }
                }
            }
        }
        return out
    }

    func changed(to value: Double?) -> WeightChange {
        var copy = self
        copy.new = value
        return copy
    }

    /// Saves the weight and its audit entry (fiche-level ones show in the fiche's Historique).
    func apply(on db: any Database, user: User, territoryID: Int, conventionID: Int) async throws {
        let show = { (w: Double?) in w.map { PilotageFormat.number($0, maxFractionDigits: 3) } }
        let field = "Poids — \(label)"
        switch target {
        case .axe(let axe):
            axe.weight = new
            try await axe.save(on: db)
            try await Audit.record(on: db, user: user, territoryID: territoryID, conventionID: conventionID, entity: .axe,
                                   entityID: axe.id, field: field, before: show(current), after: show(new))
        case .objectif(let objectif):
            objectif.weight = new
            try await objectif.save(on: db)
            try await Audit.record(on: db, user: user, territoryID: territoryID, conventionID: conventionID, entity: .objectif,
                                   entityID: objectif.id, field: field, before: show(current), after: show(new))
        case .action(let action):
            action.weight = new
            try await action.save(on: db)
            try await Audit.record(on: db, user: user, action: action, entity: .action, entityID: action.id,
                                   field: field, before: show(current), after: show(new))
        case .sousAction(let sub, let action):
            sub.weight = new
            try await sub.save(on: db)
            try await Audit.record(on: db, user: user, action: action, entity: .sousAction, entityID: sub.id,
                                   field: field, before: show(current), after: show(new))
        }
    }
}

extension AuditEntity {
    static let axe: AuditEntity = "axe"
    static let objectif: AuditEntity = "objectif"
}
