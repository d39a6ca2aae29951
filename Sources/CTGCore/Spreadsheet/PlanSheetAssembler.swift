/// Gathers the lines of a plan spreadsheet into a plan, checking what only shows
/// across lines: one title per axe, objectif and fiche, codes that belong to the
/// line's objectif or fiche, and no sous-action twice.
struct PlanSheetAssembler {
    let existing: ParsedPlan
    var problems: [SheetProblem] = []
    private(set) var plan = ParsedPlan(axes: [])
    /// Where each heading was first given, to name that line when another one disagrees.
    private var firstLines: [String: (line: Int, value: String)] = [:]
    private var subActionLines: [String: Int] = [:]

    init(existing: ParsedPlan) { self.existing = existing }

    mutating func add(_ row: PlanSheetRow) {
        guard let axe = row.axe else { return }
        let oldAxe = existing.axes.first { $0.number == axe.number }
        let axeIndex = index(in: \.axes, where: { $0.number == axe.number }) {
            ParsedAxe(number: axe.number, title: axe.title, objectives: [], outlineTitle: oldAxe?.outlineTitle)
        }
        same("axe \(axe.number)", axe.title ?? "", row: row, column: .axe, what: "l'axe \(axe.number)")
        guard let objectif = row.objectif else { return }
        let oldObjectif = oldAxe?.objectives.first { $0.number == objectif.number }
        let objectifIndex = index(in: \.axes[axeIndex].objectives, where: { $0.number == objectif.number }) {
            ParsedObjective(number: objectif.number, title: objectif.title, actions: [], outlineTitle: oldObjectif?.outlineTitle)
        }
        let objectifCode = "\(axe.number)-\(objectif.number)"
        same("objectif \(objectifCode)", objectif.title, row: row, column: .objectif, what: "l'objectif \(objectifCode)")
        guard let code = row.actionCode, let title = row.actionTitle else { return }
        guard code.hasPrefix(objectifCode + "-") else {
            problems.append(SheetProblem(line: row.line, column: PlanSheet.Column.actionCode.header,
                                         "la fiche « \(code) » n'est pas dans l'objectif \(objectifCode) de la même ligne"))
            return
        }
        let fiche = [title, row.leads.joined(separator: ", "), row.partners.joined(separator: ", ")]
        same("fiche \(code)", title, row: row, column: .actionTitle, what: "la fiche \(code)")
        same("fiche \(code) responsables", fiche[1], row: row, column: .leads, what: "les responsables de la fiche \(code)")
        same("fiche \(code) partenaires", fiche[2], row: row, column: .partners, what: "les partenaires de la fiche \(code)")
        var action = existingAction(code) ?? ParsedAction(code: code, title: title)
        action.title = title
        action.leads = row.leads
        action.partners = row.partners
        action.subActions = []
        let actionIndex = index(in: \.axes[axeIndex].objectives[objectifIndex].actions, where: { $0.code == code }) { action }
        guard let subTitle = row.subActionTitle else { return }
        if let subCode = row.subActionCode, !subCode.hasPrefix(code + "-") {
            problems.append(SheetProblem(line: row.line, column: PlanSheet.Column.subActionCode.header,
                                         "la sous-action « \(subCode) » n'est pas dans la fiche « \(code) » de la même ligne"))
            return
        }
        let key = row.subActionCode ?? code + "|" + KeyedMatch.wordingKey(subTitle)
        if let first = subActionLines[key] {
            problems.append(SheetProblem(line: row.line, column: row.subActionCode == nil ? PlanSheet.Column.subActionTitle.header
                                         : PlanSheet.Column.subActionCode.header,
                                         "la sous-action « \(row.subActionCode ?? subTitle) » figure déjà à la ligne \(first)"))
            return
        }
        subActionLines[key] = row.line
        let wording = KeyedMatch.wordingKey(subTitle)
        let old = existingAction(code)?.subActions.first { sub in
            if let subCode = row.subActionCode { return sub.code == subCode }
            return sub.code == nil && KeyedMatch.wordingKey(sub.title) == wording
        }
        plan.axes[axeIndex].objectives[objectifIndex].actions[actionIndex].subActions.append(
            ParsedSubAction(code: row.subActionCode, title: subTitle, outlineTitle: old?.outlineTitle, years: row.years,
                            staff: row.staff, funders: row.funders))
    }

    private func existingAction(_ code: String) -> ParsedAction? {
        existing.axes.lazy.flatMap(\.objectives).flatMap(\.actions).first { $0.code == code }
    }

    /// The index of the element matching `predicate` in `path`, appending `make()` when there is none.
    private mutating func index<Element>(in path: WritableKeyPath<ParsedPlan, [Element]>, where predicate: (Element) -> Bool,
                                         make: () -> Element) -> Int {
        if let found = plan[keyPath: path].firstIndex(where: predicate) { return found }
        plan[keyPath: path].append(make())
        return plan[keyPath: path].count - 1
    }

    /// A heading repeated on several lines must say the same thing on each.
    private mutating func same(_ key: String, _ value: String, row: PlanSheetRow, column: PlanSheet.Column, what: String) {
        guard let first = firstLines[key] else {
            firstLines[key] = (row.line, value)
            return
        }
        guard first.value != value else { return }
        let shown = { (text: String) in text.isEmpty ? "rien" : "« \(text) »" }
        problems.append(SheetProblem(line: row.line, column: column.header,
                                     "\(what) a ici \(shown(value)), mais \(shown(first.value)) à la ligne \(first.line) : "
                                         + "donnez la même valeur sur toutes ses lignes"))
    }
}
