/// What an imported spreadsheet changes in the plan, told in French, one line per
/// change, in plan order: shown before (dry run) and after an import.
public enum PlanSheetChanges {
    public static func between(_ old: ParsedPlan, _ new: ParsedPlan) -> [String] {
        var lines: [String] = []
        let oldAxes = Dictionary(old.axes.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        for axe in new.axes {
            guard let before = oldAxes[axe.number] else { lines.append("Axe \(axe.number) ajouté\(quoted(axe.title))"); continue }
            if before.title != axe.title { lines.append("Axe \(axe.number) : titre \(change(before.title, axe.title))") }
        }
        for axe in old.axes where !new.axes.contains(where: { $0.number == axe.number }) {
            lines.append("Axe \(axe.number) supprimé\(quoted(axe.title))")
        }
        let objectifs = { (plan: ParsedPlan) in plan.axes.flatMap { axe in axe.objectives.map { ("\(axe.number)-\($0.number)", $0) } } }
        lines += compare(objectifs(old), objectifs(new), name: "Objectif", feminine: false) { before, after in
            before.title == after.title ? [] : ["titre \(change(before.title, after.title))"]
        }
        let fiches = { (plan: ParsedPlan) in plan.axes.flatMap(\.objectives).flatMap(\.actions).map { ($0.code, $0) } }
        lines += compare(fiches(old), fiches(new), name: "Fiche", feminine: true) { before, after in
            var fields: [String] = []
            if before.title != after.title { fields.append("titre \(change(before.title, after.title))") }
            if before.leads != after.leads { fields.append("responsables \(change(list(before.leads), list(after.leads)))") }
            if before.partners != after.partners { fields.append("partenaires \(change(list(before.partners), list(after.partners)))") }
            return fields
        }
        let subActions = { (plan: ParsedPlan) in
            plan.axes.flatMap(\.objectives).flatMap(\.actions).flatMap { action in
                action.subActions.map { ($0.code ?? "\(action.code) « \($0.title) »", $0) }
            }
        }
        lines += compare(subActions(old), subActions(new), name: "Sous-action", feminine: true) { before, after in
            var fields: [String] = []
            if before.title != after.title { fields.append("titre \(change(before.title, after.title))") }
            if before.years != after.years {
                fields.append("années \(change(list(before.years.map(String.init)), list(after.years.map(String.init))))")
            }
            if before.staff != after.staff { fields.append("personnel \(change(before.staff, after.staff))") }
            if before.funders != after.funders { fields.append("financeurs \(change(list(before.funders), list(after.funders)))") }
            return fields
        }
        return lines
    }

    /// Added, changed and removed items of one kind, by their code.
    private static func compare<Item>(_ old: [(String, Item)], _ new: [(String, Item)], name: String, feminine: Bool,
                                      fields: (Item, Item) -> [String]) -> [String] {
        let before = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let after = Set(new.map(\.0))
        let ending = feminine ? "e" : ""
        var lines: [String] = []
        for (code, item) in new {
            guard let previous = before[code] else { lines.append("\(name) \(code) ajouté\(ending)"); continue }
            let changed = fields(previous, item)
            if !changed.isEmpty { lines.append("\(name) \(code) : " + changed.joined(separator: " ; ")) }
        }
        for (code, _) in old where !after.contains(code) { lines.append("\(name) \(code) supprimé\(ending)") }
        return lines
    }

    private static func quoted(_ title: String?) -> String { title.map { " (« \($0) »)" } ?? "" }
    private static func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: ", ") }
    private static func change(_ before: String?, _ after: String?) -> String {
        "\(before.map { "« \($0) »" } ?? "vide") → \(after.map { "« \($0) »" } ?? "vide")"
    }
}
