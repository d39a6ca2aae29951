import CTGCore

/// What an import did, printed by `ctg import` and logged on first start.
struct ImportSummary: Sendable {
    var conventionID: Int
    var axes: Int
    var objectives: Int
    var actions: Int
    var subActions: Int
    var warnings: [String]
    var alreadyImported: Bool
    /// Set when `--replace` replaced a plan: what went, and the snapshot to restore.
    var replacement: String?

    init(conventionID: Int, plan: ParsedPlan, warnings: [String], alreadyImported: Bool) {
        self.conventionID = conventionID
        self.axes = plan.axes.count
        self.objectives = plan.axes.reduce(0) { $0 + $1.objectives.count }
        let actions = plan.axes.flatMap(\.objectives).flatMap(\.actions)
        self.actions = actions.count
        self.subActions = actions.reduce(0) { $0 + $1.subActions.count }
        self.warnings = warnings
        self.alreadyImported = alreadyImported
    }

    var lines: [String] {
        var out: [String] = []
        if alreadyImported {
            out.append("Document déjà importé (convention n° \(conventionID)) : aucune modification.")
        } else {
            out.append("Import terminé (convention n° \(conventionID)).")
        }
        out.append("\(axes) axes, \(objectives) objectifs, \(actions) actions, \(subActions) sous-actions.")
        if let replacement { out.append(replacement) }
        if !warnings.isEmpty {
            out.append("\(FrenchCount.phrase(warnings.count, "avertissement")) :")
            out += warnings.map { "  - \($0)" }
        }
        return out
    }
}
