import CTGCore

/// `/suivi/ponderations`: the optional roll-up weights of every level, one form.
/// An empty field means "no weight": the level falls back to the plain average.
struct WeightsPage: Encodable, Sendable {
    struct Field: Encodable, Sendable {
        /// Form key: "axe-3", "objectif-5", "action-7", "sa-40".
        var name: String
        var label: String
        /// "axe", "objectif", "action" or "sous-action": indentation in the table.
        var level: String
        var value: String
        var progress: ProgressBar
    }

    var layout: Layout
    var conventionTitle: String
    var formAction: String
    var fields: [Field]
    var errors: [String]
    var notice: String?
    var conventionProgress: ProgressBar

    /// Every weight of the plan in plan order; `typed` overrides values after a refused post.
    static func fields(tree: PlanTree, followUp: PlanFollowUp, typed: [String: String] = [:]) -> [Field] {
        func field(_ name: String, _ label: String, _ level: String, _ weight: Double?, _ progress: Double?) -> Field {
            Field(name: name, label: label, level: level,
                  value: typed[name] ?? weight.map { PilotageFormat.number($0, maxFractionDigits: 3) } ?? "",
                  progress: ProgressBar(progress, label: "Avancement : \(label)"))
        }
        var out: [Field] = []
        for axe in tree.axes {
            out.append(field("axe-\(axe.id ?? 0)", "Axe \(axe.number)" + (axe.title.map { " — \($0)" } ?? ""), "axe", axe.weight, followUp.progress(axe)))
            for objectif in axe.sortedObjectifs {
                out.append(field("objectif-\(objectif.id ?? 0)", "Objectif \(objectif.number) : \(objectif.title)", "objectif",
                                 objectif.weight, followUp.progress(objectif)))
                for action in objectif.sortedActions {
                    out.append(field("action-\(action.id ?? 0)", "Fiche \(action.code) — \(action.title)", "action",
                                     action.weight, followUp.progress(action)))
                    for sub in action.sortedSousActions {
                        out.append(field("sa-\(sub.id ?? 0)", "Sous-action \(sub.displayCode) — \(sub.title)", "sous-action",
                                         sub.weight, followUp.state(sub)?.progress))
                    }
                }
            }
        }
        return out
    }

    /// "", "2", "1,5" or "1.5" → nil or a weight; anything else is a French error.
    static func parse(_ text: String, label: String) -> Result<Double?, SuiviFormErrors> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .success(nil) }
        guard let value = Double(trimmed.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
            return .failure(SuiviFormErrors(["\(label) : « \(trimmed) » n'est pas un nombre."]))
        }
        if let problem = NumberLimits.problem(decimal: trimmed.replacingOccurrences(of: ",", with: "."), label: label, typed: trimmed) {
            return .failure(SuiviFormErrors([problem]))
        }
        guard value > 0, value <= 1000 else {
            return .failure(SuiviFormErrors(["\(label) : le poids doit être compris entre 0 (exclu) et 1000 ; laissez vide pour la moyenne simple."]))
        }
        return .success(value)
    }
}
