extension PlanSnapshot {
    /// Gantt rows as seen at the end of `year`.
    ///
    /// A past planned year shows the status the sous-action had once that year was
    /// over (recorded at its end, lateness judged from the next year), so the chart
    /// tells its history: a 2022-only sous-action left "à venir" shows "en retard"
    /// on its 2022 bar. The current and later years show the current status.
    public func ganttRows(asOf year: Int) -> [GanttRow] {
        axes.flatMap { axe in
            axe.objectives.flatMap(\.actions).flatMap(\.subActions).map { sub in
                let history = sub.plannedYears.filter { $0 < year }.map { past in
                    (past, Lateness.effectiveStatus(plannedYears: sub.plannedYears,
                                                    recorded: sub.recordedStatus(asOf: past), currentYear: past + 1))
                }
                return GanttRow(axeNumber: axe.number, axeTitle: axe.title, code: sub.code, title: sub.title,
                                plannedYears: sub.plannedYears, status: sub.effectiveStatus(asOf: year),
                                yearStatuses: Dictionary(history, uniquingKeysWith: { _, last in last }))
            }
        }
    }
}
