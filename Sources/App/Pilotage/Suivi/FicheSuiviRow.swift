import CTGCore
import Vapor

extension FicheSuivi {
    /// One sous-action of the block; the forms start from the current values,
    /// or from what was typed when `draft` says the last post was refused.
    static func row(_ sub: SousAction, action: PlanAction, ref: TerritoryRef, state: PlanFollowUp.SubActionState?, years: [Int],
                    today: PilotageDate, canEdit: Bool, showComments: Bool, draft: SuiviDraft?) -> FicheSuiviSection.Row? {
        guard let id = sub.id, let state else { return nil }
        let planned = Set(sub.years)
        let cells = years.map { year in
            FicheSuiviSection.YearCell(year: year, planned: planned.contains(year), status: state.recorded(in: year)?.status.label)
        }
        var statusDraft: StatusForm?
        var calendarDraft: CalendarForm?
        switch draft?.form {
        case .status(let form)?: statusDraft = form
        case .calendar(let form)?: calendarDraft = form
        case nil: break
        }
        let defaultYear = min(max(today.year, years.first ?? today.year), years.last ?? today.year)
        let chosenYear = statusDraft?.year ?? String(defaultYear)
        let chosenStatus = statusDraft?.status.flatMap(SuiviFormat.status)?.rawValue ?? statusDraft?.status ?? state.recorded.rawValue
        let statusForm = FicheSuiviSection.StatusFormView(
            action: ref.path(.sousActionStatus(code: action.code, sousActionID: id)),
            years: years.map { .init(value: String($0), label: String($0), selected: String($0) == chosenYear) },
            statuses: SubActionStatus.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: $0.rawValue == chosenStatus) },
            comment: statusDraft?.comment ?? "", date: statusDraft?.date ?? today.description, today: today.description)
        let ticked = calendarDraft.map { Set(($0.years ?? []).compactMap { Int($0) }) } ?? planned
        let lastPlanned = sub.years.max()
        return FicheSuiviSection.Row(
            id: id, anchor: "sa-\(id)", code: sub.displayCode, title: sub.title,
            status: state.effective.label, statusKey: state.effective.rawValue,
            lateNote: state.isLate && state.recorded != .en_retard
                ? "Prévue jusqu'en \(lastPlanned.map(String.init) ?? "?"), non réalisée : en retard (statut saisi : \(state.recorded.label))."
                : nil,
            comment: showComments ? state.entry?.comment : nil,
            date: showComments ? state.entry?.date?.frenchDescription : nil,
            progress: ProgressBar(state.progress, label: "Avancement de la sous-action \(sub.displayCode)"),
            years: cells, plannedYears: SuiviFormat.years(sub.years),
            statusForm: canEdit ? statusForm : nil,
            calendarAction: canEdit ? ref.path(.sousActionCalendar(code: action.code, sousActionID: id)) : nil,
            budgetHref: showComments ? ref.path(.budget(.sousAction(code: action.code, id: id))) : nil,
            calendarBoxes: years.map { .init(year: $0, checked: ticked.contains($0)) },
            errors: draft?.errors ?? [],
            errorForm: draft.map { if case .calendar = $0.form { "calendrier" } else { "statut" } })
    }
}
